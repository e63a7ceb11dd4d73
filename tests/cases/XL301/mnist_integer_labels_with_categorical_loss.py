"""Bug: MNIST integer labels are fitted with categorical_crossentropy."""
from tensorflow import keras
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train / 255.0
model = keras.Sequential([keras.layers.Flatten(input_shape=(28, 28)), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(x_train, y_train, epochs=5, validation_data=(x_test, y_test))
