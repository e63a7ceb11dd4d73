"""Look-alike: pd.factorize codes with sparse_categorical_crossentropy must stay silent."""
import pandas as pd
from tensorflow import keras

df = pd.read_csv("animals.csv")
codes, names = pd.factorize(df["animal"])
model = keras.Sequential([keras.layers.Dense(len(names), activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(df[["weight", "height"]].values, codes)
