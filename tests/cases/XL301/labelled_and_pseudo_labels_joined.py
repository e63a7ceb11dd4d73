"""Bug: class indices of the labelled set (argmax of its one-hot rows) joined with confident pseudo-labels picked by a mask, fitted with categorical cross-entropy; the same joined labels one-hot encoded must stay silent."""
import numpy as np
import tensorflow as tf
from tensorflow.keras import Sequential, layers

(x_all, y_all), _ = tf.keras.datasets.cifar10.load_data()
x_labelled, x_unlabelled = x_all[:4000] / 255.0, x_all[4000:] / 255.0
y_labelled = tf.keras.utils.to_categorical(y_all[:4000], 10)


def make_cnn():
    return Sequential([
        layers.Input((32, 32, 3)),
        layers.Conv2D(64, 3, activation="relu", padding="same"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ])


teacher = make_cnn()
teacher.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
teacher.fit(x_labelled, y_labelled, epochs=30)

probs = teacher.predict(x_unlabelled)
confident = probs.max(axis=1) > 0.8
x_mix = np.concatenate([x_labelled, x_unlabelled[confident]])
y_mix = np.concatenate([y_labelled.argmax(1), probs.argmax(axis=1)[confident]])

student = make_cnn()
student.compile("adam", "categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
student.fit(x_mix, y_mix, epochs=30)

encoded_student = make_cnn()
encoded_student.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
encoded_student.fit(x_mix, tf.keras.utils.to_categorical(y_mix, 10), epochs=30)
