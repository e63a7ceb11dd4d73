"""Bug: Fashion-MNIST integer labels returned by a loader are fitted with CategoricalCrossentropy()."""
from tensorflow import keras
def load():
    (x, y), (xt, yt) = keras.datasets.fashion_mnist.load_data()
    return x / 255.0, y, xt / 255.0, yt
x_train, y_train, x_test, y_test = load()
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy())  # expect: XL301
model.fit(x_train, y_train, epochs=5)
