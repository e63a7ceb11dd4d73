"""Look-alike: the softmax of the last layer is taken off (`activation = None`) before a from_logits loss, must stay silent."""
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Dense(128, activation="relu", input_shape=(64,)),
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.layers[-1].activation = None
model.compile(optimizer="adam",
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)
