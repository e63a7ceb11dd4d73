"""Bug: a helper function adds a softmax head to a model later compiled with from_logits=True."""
import tensorflow as tf
def add_head(model, n_classes):
    model.add(tf.keras.layers.Dense(n_classes, activation="softmax"))
model = tf.keras.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)), tf.keras.layers.Dense(128, activation="relu")])
add_head(model, 10)
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
