"""Bug: np.eye(n_classes)[y] with the class count computed from the data is one-hot all the same, and reaches sparse_categorical_crossentropy; rows of an identity picked by a slice, and the categorical twin, must stay silent."""
import numpy as np
from keras.models import Sequential
from keras.layers import Dense

y_train = np.load("labels.npy")
n_classes = len(np.unique(y_train))
Y = np.eye(n_classes)[y_train]
model = Sequential([Dense(64, activation="relu"), Dense(n_classes, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")  # expect: XL302
model.fit(np.load("features.npy"), Y, epochs=10)

twin = Sequential([Dense(64, activation="relu"), Dense(n_classes, activation="softmax")])
twin.compile(loss="categorical_crossentropy", optimizer="adam")
twin.fit(np.load("features.npy"), Y, epochs=10)

first_rows = np.eye(10)[:4]
sparse = Sequential([Dense(10, activation="softmax")])
sparse.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
sparse.fit(np.load("features.npy"), first_rows)
