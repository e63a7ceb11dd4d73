"""Look-alike: a Keras 3 model applying ops.softmax in call() with a probabilities loss must stay silent."""
import keras
from keras import ops, layers
class Classifier(keras.Model):
    def __init__(self, num_classes, **kwargs):
        super().__init__(**kwargs)
        self.body = layers.Dense(64, activation="relu")
        self.head = layers.Dense(num_classes)
    def call(self, inputs):
        return ops.softmax(self.head(self.body(inputs)), axis=-1)
model = Classifier(num_classes=4)
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])
