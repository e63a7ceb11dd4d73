"""Bug: pd.factorize numbers the classes from 0; the codes go to categorical_crossentropy."""
import pandas as pd
from tensorflow import keras

df = pd.read_csv("animals.csv")
codes, names = pd.factorize(df["animal"])
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(df[["weight", "height"]].values, codes)
