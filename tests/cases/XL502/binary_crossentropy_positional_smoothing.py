"""Bug: BinaryCrossentropy(0.1) sets from_logits, not label smoothing."""
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(0.1))  # expect: XL502
