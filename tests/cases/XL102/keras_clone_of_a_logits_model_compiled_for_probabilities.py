"""Bug: a Keras model ending in a linear Dense, cloned with keras.models.clone_model for a client, and the clone compiled with the string "categorical_crossentropy" (from_logits=False)."""
import tensorflow as tf

server = tf.keras.Sequential([
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dense(26),
])
server.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))
client = tf.keras.models.clone_model(server)
client.set_weights(server.get_weights())
client.compile(optimizer="sgd", loss="categorical_crossentropy")  # expect: XL102
client.fit(x_client, y_client, epochs=1)
