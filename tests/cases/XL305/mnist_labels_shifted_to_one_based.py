"""Bug: MNIST labels shifted to 1..10 are fitted on a ten-unit sparse head."""
import numpy as np
from sklearn.preprocessing import LabelEncoder
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.mnist.load_data()
y_train = y_train + 1  # expect: XL305
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train)
