"""Bug: a softmax head built by a helper function is compiled with SparseCategoricalCrossentropy(from_logits=True)."""
import tensorflow as tf
def build_model(input_dim, n_classes):
    inputs = tf.keras.Input(shape=(input_dim,))
    x = tf.keras.layers.Dense(64, activation="relu")(inputs)
    outputs = tf.keras.layers.Dense(n_classes, activation="softmax")(x)
    return tf.keras.Model(inputs, outputs)
model = build_model(20, 5)
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])  # expect: XL101
