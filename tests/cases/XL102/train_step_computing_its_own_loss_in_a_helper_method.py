"""Look-alike: the train_step's helper method computes a loss of its own on the logits (from_logits=True), never the compiled one, must stay silent."""
import keras
import tensorflow as tf


class CustomModel(keras.Model):
    def _step_loss(self, x, y):
        logits = self(x, training=True)
        return keras.losses.binary_crossentropy(y, logits, from_logits=True)

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            loss = self._step_loss(x, y)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables))
        return {"loss": loss}


inputs = keras.Input(shape=(30,))
outputs = keras.layers.Dense(1)(inputs)
model = CustomModel(inputs, outputs)
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(tf.random.normal((64, 30)), tf.cast(tf.random.uniform((64, 1)) > 0.5, tf.float32))
