"""Look-alike: a keyword-only class-count default under build(**cfg) must stay silent."""
import keras
def build(*, classes=10):
    model = keras.Sequential([keras.layers.Dense(classes, activation="softmax")])
    model.compile(loss="sparse_categorical_crossentropy")
    return model
(x, y), _ = keras.datasets.cifar100.load_data()
model = build(**cfg)
model.fit(x, y)
