"""Bug: the 'accuracy' metric is measured on a binary logits head."""
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation='relu'), tf.keras.layers.Dense(1)])
model.compile(optimizer='adam', loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), metrics=['accuracy'])  # expect: XL403
