"""Bug: a Loss subclass of the user's whose call() applies sparse_softmax_cross_entropy_with_logits, given a softmax model's probabilities, compiled and called in a GradientTape loop; the same loss on a logits model must stay silent."""
import tensorflow as tf


class LabelSmoothedXent(tf.keras.losses.Loss):
    def __init__(self, smoothing=0.1, num_classes=10, **kwargs):
        super().__init__(**kwargs)
        self.smoothing = smoothing
        self.num_classes = num_classes

    def call(self, y_true, y_pred):
        hard = tf.nn.sparse_softmax_cross_entropy_with_logits(  # expect: XL101
            labels=tf.cast(y_true, tf.int32), logits=y_pred)
        uniform = -tf.reduce_mean(tf.nn.log_softmax(y_pred), axis=-1)
        return (1.0 - self.smoothing) * hard + self.smoothing * uniform


probs = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"),
                             tf.keras.layers.Dense(10, activation="softmax")])
probs.compile(optimizer="adam", loss=LabelSmoothedXent(smoothing=0.1))
probs.fit(x_train, y_train, epochs=5)

logits = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"),
                              tf.keras.layers.Dense(10)])
criterion = LabelSmoothedXent(smoothing=0.05)
optimizer = tf.keras.optimizers.Adam()
for images, labels in train_ds:
    with tf.GradientTape() as tape:
        loss = criterion(labels, logits(images, training=True))
    optimizer.apply_gradients(zip(tape.gradient(loss, logits.trainable_variables),
                                  logits.trainable_variables))
