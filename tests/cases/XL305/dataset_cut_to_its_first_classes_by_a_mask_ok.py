"""Look-alike: CIFAR-10 cut to its first five classes by a mask made of its own labels (y[:, 0] < 5), one-hot encoded with to_categorical(y, 5) for a 5-unit head: the classes kept are five, must stay silent."""
import tensorflow as tf
from tensorflow.keras import layers, models, utils

NUM_CLASSES = 5
(x_train, y_train), _ = tf.keras.datasets.cifar10.load_data()
keep = y_train[:, 0] < NUM_CLASSES
x_train, y_train = x_train[keep], y_train[keep]
y_train = utils.to_categorical(y_train, NUM_CLASSES)
model = models.Sequential([
    layers.Flatten(input_shape=(32, 32, 3)),
    layers.Dense(128, activation="relu"),
    layers.Dense(NUM_CLASSES, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)
