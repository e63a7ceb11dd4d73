"""Look-alike: the same functional subclass with a sigmoid output, or with from_logits=True on the raw output, must stay silent."""
import tensorflow as tf
from tensorflow import keras


class CustomModel(keras.Model):
    def __init__(self, *args, from_logits=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_fn = keras.losses.BinaryCrossentropy(from_logits=from_logits)

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.loss_fn(y, y_pred)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}


inputs = keras.Input(shape=(32,))
outputs = keras.layers.Dense(1, activation="sigmoid")(inputs)
model = CustomModel(inputs, outputs)
model.compile(optimizer="adam")
