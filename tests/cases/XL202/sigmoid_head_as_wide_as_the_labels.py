"""Bug: a sigmoid head as wide as the one-hot labels (Y.shape[1], 3 iris classes) or of a width computed from the data is trained with categorical_crossentropy; the softmax twin must stay silent."""
import numpy as np
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import to_categorical
from sklearn.datasets import load_iris

X, y = load_iris(return_X_y=True)
Y = to_categorical(y)
model = Sequential()
model.add(Dense(8, input_dim=4, activation="relu"))
model.add(Dense(Y.shape[1], activation="sigmoid"))
model.compile(loss="categorical_crossentropy", optimizer="adam")  # expect: XL202
model.fit(X, Y, epochs=10)

labels = np.load("labels.npy")
n_classes = int(labels.max()) + 1
counted = Sequential([Dense(16, activation="relu"), Dense(n_classes, activation="sigmoid")])
counted.compile(loss="categorical_crossentropy", optimizer="adam")  # expect: XL202
counted.fit(np.load("features.npy"), to_categorical(labels))

twin = Sequential([Dense(8, activation="relu"), Dense(Y.shape[1], activation="softmax")])
twin.compile(loss="categorical_crossentropy", optimizer="adam")
twin.fit(X, Y, epochs=10)
