"""Bug: the generator is declared to yield a scalar int32 label; categorical_crossentropy wants one-hot rows."""
import numpy as np
import tensorflow as tf

feats = np.load("x.npy")
labels = np.load("y.npy")


def gen():
    for f, l in zip(feats, labels):
        yield f, l


ds = tf.data.Dataset.from_generator(gen, output_signature=(
    tf.TensorSpec(shape=(40,), dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.int32))).batch(32)
model = tf.keras.Sequential([tf.keras.layers.Dense(7, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(ds, epochs=10)
