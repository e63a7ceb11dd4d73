"""Bug: the species column numbered by pd.Categorical(...).codes (class indices from 0) reaches categorical_crossentropy; the same codes one-hot encoded with to_categorical must stay silent."""
import pandas as pd
from tensorflow import keras

penguins = pd.read_csv("penguins.csv").dropna()
features = penguins[["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]].values
species = pd.Categorical(penguins["species"]).codes

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="relu"),
                          keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(features, species, epochs=50)

twin = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="relu"),
                         keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
twin.fit(features, keras.utils.to_categorical(species, 3), epochs=50)
