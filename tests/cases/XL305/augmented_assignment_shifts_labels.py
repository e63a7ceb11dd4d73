"""Bug: an augmented assignment (y += 1) shifts the labels to 1-based."""
from keras.datasets import mnist
from keras import Sequential
from keras.layers import Dense
(x, y), _ = mnist.load_data()
y += 1  # expect: XL305
model = Sequential([Dense(10, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy")
model.fit(x, y)
