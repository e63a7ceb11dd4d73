"""Bug: CIFAR-10's ten classes are trained on one sigmoid unit with binary cross-entropy."""
from keras import layers, models
from keras.datasets import cifar10

(x_train, y_train), (x_test, y_test) = cifar10.load_data()
model = models.Sequential([
    layers.Conv2D(32, (3, 3), activation="relu", input_shape=(32, 32, 3)),
    layers.Flatten(),
    layers.Dense(1, activation="sigmoid"),  # expect: XL305
])
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=2)
