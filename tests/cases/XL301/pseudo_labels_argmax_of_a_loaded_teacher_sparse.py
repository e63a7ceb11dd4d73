"""Look-alike: the same pseudo-labels (argmax of a loaded teacher's predictions) with a sparse categorical cross-entropy, must stay silent."""
import numpy as np
from tensorflow import keras

teacher = keras.models.load_model("teacher.keras")
unlabeled = np.load("unlabeled.npy")
probs = teacher.predict(unlabeled, batch_size=256)
pseudo_labels = np.argmax(probs, axis=-1)
student = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
student.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
student.fit(unlabeled, pseudo_labels, epochs=5)
