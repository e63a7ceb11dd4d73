"""Bug: a tag matrix filled row by row with every tag of a sample (multi-hot) is fit to a softmax head with categorical_crossentropy."""
import numpy as np
import pandas as pd
from tensorflow import keras

TAGS = ["clear", "cloudy", "haze", "water", "road", "primary"]
TAG_INDEX = {tag: i for i, tag in enumerate(TAGS)}

frame = pd.read_csv("train_v2.csv")
features = np.load("features.npy")
Y = np.zeros((len(frame), len(TAGS)), dtype=np.float32)
for row, tags in enumerate(frame["tags"]):
    for tag in tags.split():
        Y[row, TAG_INDEX[tag]] = 1

model = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(len(TAGS), activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(features, Y, epochs=5, validation_split=0.1)
