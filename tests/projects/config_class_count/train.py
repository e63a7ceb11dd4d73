"""Bug: the head has 8 units, but the labels are one-hot over the configured 10 classes."""
import numpy as np
import settings
from keras import layers, models
from keras.utils import to_categorical

labels = np.load("labels.npy")
y = to_categorical(labels, num_classes=settings.NUM_CLASSES)
model = models.Sequential([
    layers.Flatten(input_shape=(settings.IMAGE_SIZE, settings.IMAGE_SIZE, 3)),
    layers.Dense(256, activation="relu"),
    layers.Dense(8, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(np.load("images.npy"), y, epochs=10)
