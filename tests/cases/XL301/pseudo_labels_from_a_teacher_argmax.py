"""Bug: pseudo-labels taken as the argmax of a teacher's softmax predictions are class indices, fitted with categorical cross-entropy; the sparse loss on them must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

x_labelled = np.load("x_labelled.npy")
y_labelled = keras.utils.to_categorical(np.load("y_labelled.npy"), 10)
x_unlabelled = np.load("x_unlabelled.npy")


def make_model():
    return keras.Sequential([
        keras.Input(shape=(64,)),
        layers.Dense(128, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ])


teacher = make_model()
teacher.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
teacher.fit(x_labelled, y_labelled, epochs=10)

pseudo_labels = np.argmax(teacher.predict(x_unlabelled), axis=1)

student = make_model()
student.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
student.fit(x_unlabelled, pseudo_labels, epochs=10)

sparse_student = make_model()
sparse_student.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
sparse_student.fit(x_unlabelled, pseudo_labels, epochs=10)
