"""Bug: a trainer method builds a softmax head that another method compiles with from_logits=True."""
from tensorflow import keras
class Trainer:
    def __init__(self, n_classes):
        self.n_classes = n_classes
        self.model = None
    def build(self):
        self.model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                                       keras.layers.Dense(self.n_classes, activation="softmax")])
    def train(self, x, y):
        self.build()
        self.model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
        self.model.fit(x, y, epochs=10)
t = Trainer(10)
t.train(None, None)
