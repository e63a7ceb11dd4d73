"""Bug: a Keras model's own train_step calls the loss with its output first and the labels second."""
import tensorflow as tf
from tensorflow import keras

loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = keras.layers.Dense(128, activation="relu")
        self.head = keras.layers.Dense(10)

    def call(self, x):
        return self.head(self.hidden(x))

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = loss_fn(y_pred, y)  # expect: XL501
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}


(x_train, y_train), _ = keras.datasets.mnist.load_data()
model = Net()
model.compile(optimizer="adam")
model.fit(x_train.reshape(-1, 784) / 255.0, y_train, epochs=2)
