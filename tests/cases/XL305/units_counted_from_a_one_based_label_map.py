"""Bug: the head has len(label_map) units while the map numbers its classes 1..3 (class 3 has no unit with sparse_categorical_crossentropy); the same map numbered from 0 must stay silent."""
import numpy as np
import pandas as pd
from tensorflow import keras

df = pd.read_csv("pets.csv")
features = df.drop(columns=["animal"]).to_numpy()

label_map = {"cat": 1, "dog": 2, "panda": 3}
y = np.array([label_map[name] for name in df["animal"]])  # expect: XL305
model = keras.Sequential([keras.layers.Input((10,)),
                          keras.layers.Dense(len(label_map), activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(features, y)

zero_based = {"cat": 0, "dog": 1, "panda": 2}
y0 = np.array([zero_based[name] for name in df["animal"]])
twin = keras.Sequential([keras.layers.Input((10,)),
                         keras.layers.Dense(len(zero_based), activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(features, y0)
