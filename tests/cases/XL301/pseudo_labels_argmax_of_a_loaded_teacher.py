"""Bug: pseudo-labels are the argmax of a loaded teacher's predictions (class indices), fitted by a student compiled with categorical_crossentropy."""
import numpy as np
from tensorflow import keras

teacher = keras.models.load_model("teacher.keras")
unlabeled = np.load("unlabeled.npy")
probs = teacher.predict(unlabeled, batch_size=256)
confident = probs.max(axis=1) > 0.9
pseudo_labels = probs.argmax(axis=1)[confident]
student = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
student.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
student.fit(unlabeled[confident], pseudo_labels, epochs=5)
