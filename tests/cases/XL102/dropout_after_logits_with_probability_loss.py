"""Bug: a functional model ending in Dropout after a logits layer is compiled with CategoricalCrossentropy()."""
import tensorflow as tf
inputs = tf.keras.Input(shape=(784,))
x = tf.keras.layers.Dense(64, activation="relu")(inputs)
x = tf.keras.layers.Dense(10)(x)
outputs = tf.keras.layers.Dropout(0.1)(x)
model = tf.keras.Model(inputs=inputs, outputs=outputs, name="mnist_model")
model.compile(loss=tf.keras.losses.CategoricalCrossentropy(), optimizer="adam")  # expect: XL102
