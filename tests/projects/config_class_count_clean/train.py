"""Look-alike: a head as wide as the configured class count must stay silent."""
import numpy as np
import settings
from keras import layers, models
from keras.utils import to_categorical

labels = np.load("labels.npy")
y = to_categorical(labels, num_classes=settings.NUM_CLASSES)
model = models.Sequential([
    layers.Flatten(input_shape=(settings.IMAGE_SIZE, settings.IMAGE_SIZE, 3)),
    layers.Dense(256, activation="relu"),
    layers.Dense(len(settings.CLASS_NAMES), activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(np.load("images.npy"), y, epochs=10)
