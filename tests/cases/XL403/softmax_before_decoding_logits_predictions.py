"""Look-alike: softmax applied only at predict time, before argmax and a threshold, must stay silent."""
import numpy as np
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(10)])
model.compile(loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
probs = tf.nn.softmax(model.predict(x_test))
classes = np.argmax(probs, axis=1)
confident = probs > 0.9
