"""Bug: a binary cross-entropy written by hand (Y * log(p) + (1 - Y) * log(1 - p)) on the output of a linear and of a relu head, the labels loaded from disk (np.load: what they are is not known, the two terms say it); a Poisson loss written by hand on an exponential head must stay silent."""
import numpy as np
import tensorflow as tf

features, Y = np.load("features.npy"), np.load("labels.npy")
counts = np.load("counts.npy")

linear = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"),
                              tf.keras.layers.Dense(1)])
rectified = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="relu")])
rates = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="exponential")])

with tf.GradientTape(persistent=True) as tape:
    p = linear(features)
    loss = -tf.reduce_mean(Y * tf.math.log(p) + (1 - Y) * tf.math.log(1 - p))  # expect: XL102
    q = rectified(features)
    loss = -tf.reduce_mean(Y * tf.math.log(q) + (1 - Y) * tf.math.log(1 - q))  # expect: XL102
    rate = rates(features)
    loss = tf.reduce_mean(rate - counts * tf.math.log(rate))
