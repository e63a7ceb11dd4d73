"""Bug: a custom training loop applies a from_logits loss to a softmax head."""
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(10, activation="softmax")])
loss_fn = tf.keras.losses.CategoricalCrossentropy(from_logits=True)  # expect: XL101
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    return loss
