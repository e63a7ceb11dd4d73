"""Bug: category codes are class indices, but the loss is categorical_crossentropy."""
import pandas as pd
from tensorflow import keras

df = pd.read_csv("animals.csv")
labels = df["animal"].astype("category").cat.codes
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy())  # expect: XL301
model.fit(df[["weight", "height"]].values, labels)
