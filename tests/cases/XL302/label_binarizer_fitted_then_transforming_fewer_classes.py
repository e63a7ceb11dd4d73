"""Bug: a LabelBinarizer fitted on three colours makes one-hot rows even of a batch holding two, fed to a sparse loss."""
import numpy as np
import tensorflow as tf
from sklearn.preprocessing import LabelBinarizer

binarizer = LabelBinarizer()
binarizer.fit(["red", "green", "blue"])
targets = binarizer.transform(["red", "green", "green", "red"])
model = tf.keras.Sequential([tf.keras.layers.Dense(len(binarizer.classes_), activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(np.random.rand(4, 8), targets)
