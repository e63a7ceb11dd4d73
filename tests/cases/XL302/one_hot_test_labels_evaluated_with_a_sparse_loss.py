"""Bug: test labels one-hot encoded for a report, then passed to evaluate() of a sparse-loss model."""
from tensorflow import keras

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
y_test = keras.utils.to_categorical(y_test)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])  # expect: XL302
model.fit(x_train, y_train, epochs=1)
model.evaluate(x_test, y_test)
