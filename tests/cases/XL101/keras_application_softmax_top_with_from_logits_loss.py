"""Bug: a Keras application with its softmax top is compiled with a from_logits loss."""
import tensorflow as tf
model = tf.keras.applications.ResNet50(weights=None, input_shape=(32, 32, 3), classes=10)
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])  # expect: XL101
