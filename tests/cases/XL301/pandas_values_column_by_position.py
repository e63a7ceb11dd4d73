"""Bug: the class column of a DataFrame's values, read by position, reaches categorical_crossentropy."""
import pandas
from keras.models import Sequential
from keras.layers import Dense

dataframe = pandas.read_csv("seeds.csv", header=None)
dataset = dataframe.values
X = dataset[:, 0:7].astype(float)
Y = dataset[:, 7].astype(int) - 1
model = Sequential()
model.add(Dense(8, input_dim=7, activation="relu"))
model.add(Dense(3, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])  # expect: XL301
model.fit(X, Y, epochs=200, batch_size=5)
