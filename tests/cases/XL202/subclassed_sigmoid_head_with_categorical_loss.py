"""Bug: a subclassed model with a multi-unit sigmoid classifier is compiled with categorical_crossentropy."""
import tensorflow as tf
class Net(tf.keras.Model):
    def __init__(self, n):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(32, activation="relu")
        self.classifier = tf.keras.layers.Dense(n, activation="sigmoid")
    def call(self, x):
        return self.classifier(self.hidden(x))
net = Net(7)
net.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL202
