"""Look-alike: a LabelBinarizer fitted on two classes (one 0/1 column), or on classes not known here, must stay silent."""
import numpy as np
import tensorflow as tf
from sklearn.preprocessing import LabelBinarizer

binarizer = LabelBinarizer()
binarizer.fit(["spam", "ham"])
targets = binarizer.transform(["spam", "ham", "ham", "spam", "spam"])
model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(np.random.rand(5, 8), targets)

colours = LabelBinarizer()
colours.fit(np.load("colour_names.npy"))
encoded = colours.transform(["red", "green"])
other = tf.keras.Sequential([tf.keras.layers.Dense(len(colours.classes_), activation="softmax")])
other.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
other.fit(np.random.rand(2, 8), encoded)
