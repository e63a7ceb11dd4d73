"""Bug: mixup blends two batches of one-hot rows (lam drawn from a Beta distribution) and fits them with sparse categorical cross-entropy; the categorical loss on the same rows must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

(x_train, y_train), _ = keras.datasets.cifar10.load_data()
y_train = keras.utils.to_categorical(y_train, 10)


def mixup(images, labels, alpha=0.2):
    lam = np.random.beta(alpha, alpha)
    order = np.random.permutation(len(images))
    mixed_images = lam * images + (1 - lam) * images[order]
    mixed_labels = lam * labels + (1 - lam) * labels[order]
    return mixed_images, mixed_labels


def build():
    return keras.Sequential([
        keras.Input(shape=(32, 32, 3)),
        layers.Conv2D(32, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ])


x_mixed, y_mixed = mixup(x_train, y_train)
model = build()
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x_mixed, y_mixed, epochs=5)

right = build()
right.compile(optimizer="adam", loss="categorical_crossentropy")
right.fit(x_mixed, y_mixed, epochs=5)
