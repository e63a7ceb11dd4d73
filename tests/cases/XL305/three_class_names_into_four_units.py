"""Bug: labels one-hot encoded for three class names are fitted on a four-unit head."""
import numpy as np
from tensorflow import keras
class_names = ["cat", "dog", "bird"]
num_classes = len(class_names)
y = keras.utils.to_categorical(np.random.randint(0, 3, 50), num_classes)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4, activation="softmax")])  # expect: XL305
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.zeros((50, 8)), y)
