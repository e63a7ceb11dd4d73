"""Bug: a Keras Model subclass overrides compile() and passes categorical_crossentropy to super().compile(...), while its output layer is a linear Dense(10): the loss reads the logits as probabilities."""
import keras
from keras import layers


class Classifier(keras.Model):
    def __init__(self, num_classes=10):
        super().__init__()
        self.hidden = layers.Dense(128, activation="relu")
        self.out = layers.Dense(num_classes)

    def call(self, inputs):
        return self.out(self.hidden(inputs))

    def compile(self, optimizer="adam", **kwargs):
        super().compile(optimizer=optimizer, loss="categorical_crossentropy",  # expect: XL102
                        metrics=["accuracy"], **kwargs)


model = Classifier()
model.compile()
model.fit(x_train, y_train, epochs=3)
