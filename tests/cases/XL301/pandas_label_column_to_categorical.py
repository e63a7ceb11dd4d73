"""Bug: a single label column (one class index per row) goes to categorical_crossentropy."""
import pandas as pd
from tensorflow import keras

df = pd.read_csv("train.csv").dropna()
X = df.drop("label", axis=1).values / 255.0
y = df["label"].values
model = keras.Sequential([keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(X, y, epochs=5)
