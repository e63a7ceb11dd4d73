"""Bug: binary_accuracy is measured on ten-class one-hot CIFAR-10 labels."""
from tensorflow import keras
(x, y), _ = keras.datasets.cifar10.load_data()
y = keras.utils.to_categorical(y, 10)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["binary_accuracy"])  # expect: XL205
model.fit(x, y)
