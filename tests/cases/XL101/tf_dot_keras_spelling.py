"""Bug: a tf.keras softmax head (activation=tf.nn.softmax) is compiled with a from_logits loss."""
import tensorflow as tf
model = tf.keras.models.Sequential([tf.keras.layers.Dense(10, activation=tf.nn.softmax)])
model.compile(loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
