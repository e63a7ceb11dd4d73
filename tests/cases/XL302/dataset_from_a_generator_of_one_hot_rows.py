"""Bug: tf.data.Dataset.from_generator yields one-hot rows that a sparse cross-entropy reads as class indices."""
import numpy as np
import tensorflow as tf
from tensorflow.keras.utils import to_categorical


def windows(signals, activities, width=128):
    for start in range(0, len(signals) - width, width // 2):
        yield signals[start:start + width], to_categorical(activities[start + width - 1], 6)


signals, activities = np.load("har.npy"), np.load("activity.npy")
dataset = tf.data.Dataset.from_generator(
    lambda: windows(signals, activities),
    output_signature=(tf.TensorSpec(shape=(128, 9), dtype=tf.float32),
                      tf.TensorSpec(shape=(6,), dtype=tf.float32)),
).batch(64).prefetch(tf.data.AUTOTUNE)

model = tf.keras.Sequential([
    tf.keras.Input(shape=(128, 9)),
    tf.keras.layers.LSTM(64),
    tf.keras.layers.Dense(6, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(dataset, epochs=10)
