"""Look-alike: Keras reconciles the loadtxt (N,) label column with a (N, 1) sigmoid output; must stay silent."""
from numpy import loadtxt
from keras.models import Sequential
from keras.layers import Dense

dataset = loadtxt("pima-indians-diabetes.csv", delimiter=",")
X = dataset[:, 0:8]
y = dataset[:, 8]
model = Sequential([Dense(12, input_dim=8, activation="relu"), Dense(1, activation="sigmoid")])
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X, y, epochs=150, batch_size=10)
