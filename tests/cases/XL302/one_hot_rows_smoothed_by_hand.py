"""Bug: one-hot rows smoothed by hand (* 0.9 + 0.01) are still one row per sample over the classes and reach sparse_categorical_crossentropy; the categorical twin must stay silent."""
from tensorflow import keras

(x_train, y_train), _ = keras.datasets.mnist.load_data()
soft = keras.utils.to_categorical(y_train, 10) * 0.9 + 0.01
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x_train, soft)
twin = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(x_train, soft)
