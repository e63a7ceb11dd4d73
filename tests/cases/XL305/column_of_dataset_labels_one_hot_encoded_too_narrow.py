"""Bug: CIFAR-10's (N, 1) labels taken as a column (y[:, 0]) and one-hot encoded for a 5-unit head: the labels still hold ten classes."""
import tensorflow as tf
from tensorflow.keras import layers, models, utils

(x_train, y_train), _ = tf.keras.datasets.cifar10.load_data()
y_train = utils.to_categorical(y_train[:, 0], 5)
model = models.Sequential([
    layers.Flatten(input_shape=(32, 32, 3)),
    layers.Dense(5, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(x_train, y_train, epochs=5)
