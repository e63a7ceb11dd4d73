"""Bug: a from_logits loss kept in a config dict is compiled with a softmax head."""
import tensorflow as tf
config = {"lr": 1e-3, "loss": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)}  # expect: XL101
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer=tf.keras.optimizers.Adam(config["lr"]), loss=config["loss"])
