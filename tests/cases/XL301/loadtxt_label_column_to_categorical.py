"""Bug: the class column of a loadtxt matrix goes to categorical_crossentropy on a 3-class softmax."""
from numpy import loadtxt
from keras.models import Sequential
from keras.layers import Dense

dataset = loadtxt("seeds.csv", delimiter=",")
X = dataset[:, 0:7]
y = dataset[:, 7]
model = Sequential()
model.add(Dense(12, input_dim=7, activation="relu"))
model.add(Dense(3, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam")  # expect: XL301
model.fit(X, y, epochs=150, batch_size=10)
