"""Bug: multi-label tags are trained on a softmax head with binary_crossentropy."""
import numpy as np
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras
tags = [["python", "keras"], ["java"], ["python", "numpy", "pandas"]]
mlb = MultiLabelBinarizer()
Y = mlb.fit_transform(tags)
model = keras.Sequential([keras.layers.Dense(128, activation="relu", input_shape=(500,)), keras.layers.Dense(5, activation="softmax")])  # expect: XL201
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(np.zeros((3, 500)), Y, epochs=10)
