"""Bug: a subclassed softmax model is trained in a GradientTape step with a from_logits loss."""
import tensorflow as tf
class MyModel(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.d1 = tf.keras.layers.Dense(128, activation="relu")
        self.out = tf.keras.layers.Dense(10, activation="softmax")
    def call(self, x):
        return self.out(self.d1(x))
model = MyModel()
loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL101
optimizer = tf.keras.optimizers.Adam()
@tf.function
def train_step(images, labels):
    with tf.GradientTape() as tape:
        predictions = model(images, training=True)
        loss = loss_object(labels, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
