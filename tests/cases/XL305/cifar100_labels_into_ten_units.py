"""Bug: CIFAR-100 labels are fitted on a 10-unit head."""
import keras
(x, y), _ = keras.datasets.cifar100.load_data()
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])  # expect: XL305
model.compile(loss="sparse_categorical_crossentropy")
model.fit(x, y)
