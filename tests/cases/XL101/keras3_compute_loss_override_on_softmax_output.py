"""Bug: a Keras 3 model overrides compute_loss, whose y_pred is what call() returns, a softmax, and gives it to a loss built with from_logits=True; the override on a logits model must stay silent."""
import keras
from keras import layers


class Classifier(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(128, activation="relu")
        self.head = layers.Dense(10, activation="softmax")
        self.ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL101

    def call(self, x):
        return self.head(self.hidden(x))

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, training=True):
        return self.ce(y, y_pred)


class LogitsClassifier(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(128, activation="relu")
        self.head = layers.Dense(10)
        self.ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

    def call(self, x):
        return self.head(self.hidden(x))

    def compute_loss(self, x, y, y_pred, sample_weight=None, training=True):
        return self.ce(y, y_pred)


model = Classifier()
model.compile(optimizer="adam")
model.fit(x_train, y_train, epochs=5)
logits_model = LogitsClassifier()
logits_model.compile(optimizer="adam")
logits_model.fit(x_train, y_train, epochs=5)
