"""Bug: disease stages mapped to 1..3 and one-hot encoded by to_categorical without num_classes (its columns are the largest label + 1: four, column 0 never used) for a 3-unit softmax; the stages made 0-based first must stay silent."""
import pandas as pd
from tensorflow import keras
from tensorflow.keras.utils import to_categorical

patients = pd.read_csv("disease.csv")
stage = patients["stage"].map({"early": 1, "mid": 2, "late": 3}).values
features = patients.iloc[:, :8].values

model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                          keras.layers.Dense(3, activation="softmax")])  # expect: XL305
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(features, to_categorical(stage), epochs=30)

twin = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                         keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(features, to_categorical(stage - 1), epochs=30)
