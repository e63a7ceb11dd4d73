"""Bug: ten-class CIFAR-10 one-hot labels are fitted on a five-unit head."""
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.cifar10.load_data()
y_train = keras.utils.to_categorical(y_train, 10)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5, activation="softmax")])  # expect: XL305
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(x_train, y_train)
