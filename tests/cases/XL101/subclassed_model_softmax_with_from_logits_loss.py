"""Bug: a subclassed model with a softmax head is compiled with a from_logits loss."""
import keras
class Classifier(keras.Model):
    def __init__(self):
        super().__init__()
        self.body = keras.layers.Dense(64, activation="relu")
        self.head = keras.layers.Dense(10, activation="softmax")
    def call(self, x):
        return self.head(self.body(x))
model = Classifier()
model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
