"""Bug: each folder's number from enumerate(class_names), appended once per image, reaches categorical_crossentropy; the same list with sparse_categorical_crossentropy must stay silent."""
import os

import cv2
import numpy as np
from tensorflow import keras

DATA_DIR = "data/flowers"
class_names = sorted(os.listdir(DATA_DIR))
images, labels = [], []
for idx, name in enumerate(class_names):
    folder = os.path.join(DATA_DIR, name)
    for fname in os.listdir(folder):
        image = cv2.imread(os.path.join(folder, fname))
        if image is None:
            continue
        images.append(cv2.resize(image, (64, 64)))
        labels.append(idx)
X = np.array(images, dtype="float32") / 255.0
y = np.array(labels)

model = keras.Sequential([
    keras.layers.Input((64, 64, 3)),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(len(class_names), activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y, epochs=15)

twin = keras.Sequential([
    keras.layers.Input((64, 64, 3)),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(len(class_names), activation="softmax"),
])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(X, y, epochs=15)
