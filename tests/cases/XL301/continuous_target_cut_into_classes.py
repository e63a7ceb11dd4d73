"""Bug: a continuous target cut into classes (pd.cut(..., labels=False), np.digitize) gives class indices to categorical_crossentropy; the same classes with the sparse loss must stay silent."""
import numpy as np
import pandas as pd
from tensorflow import keras

houses = pd.read_csv("houses.csv")
features = houses[["rooms", "area"]].values
price_band = pd.cut(houses["price"], bins=3, labels=False)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"),
                          keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(features, price_band)

age_band = np.digitize(houses["age"].values, [10, 30])
ages = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
ages.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
ages.fit(features, age_band)

twin = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(features, price_band)
