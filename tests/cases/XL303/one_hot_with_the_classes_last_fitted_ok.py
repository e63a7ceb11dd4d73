"""Look-alike: one-hot rows with the classes last, as Keras compares them, must stay silent."""
import h5py
import numpy as np
import tensorflow as tf

with h5py.File("train_signs.h5", "r") as data:
    X_train = np.array(data["train_set_x"]) / 255.0
    y_train = np.array(data["train_set_y"])


def one_hot_matrix(labels, depth=6):
    return tf.one_hot(labels, depth, axis=-1)


Y_train = one_hot_matrix(y_train)
model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(64, 64, 3)),
    tf.keras.layers.Dense(25, activation="relu"),
    tf.keras.layers.Dense(6, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(X_train, Y_train, epochs=100, batch_size=32)
