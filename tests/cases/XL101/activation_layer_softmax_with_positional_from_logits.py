"""Bug: an Activation('softmax') layer meets CategoricalCrossentropy(True), from_logits set positionally."""
import tensorflow as tf
model = tf.keras.models.Sequential([
    tf.keras.layers.Dense(64, activation='relu'),
    tf.keras.layers.Dense(3),
    tf.keras.layers.Activation('softmax'),
])
model.compile(optimizer='adam', loss=tf.keras.losses.CategoricalCrossentropy(True))  # expect: XL101
