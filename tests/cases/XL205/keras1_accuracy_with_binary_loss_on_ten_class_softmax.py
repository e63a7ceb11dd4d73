"""Bug: Keras 1 code (nb_epoch=): "accuracy" under binary_crossentropy is binary accuracy there, on a 10-class softmax."""
from keras.datasets import mnist
from keras.layers import Dense, Dropout
from keras.models import Sequential
from keras.utils import np_utils

(X_train, y_train), (X_test, y_test) = mnist.load_data()
X_train = X_train.reshape(60000, 784).astype("float32") / 255
Y_train = np_utils.to_categorical(y_train, 10)

model = Sequential()
model.add(Dense(512, input_shape=(784,), activation="relu"))
model.add(Dropout(0.2))
model.add(Dense(10, activation="softmax"))
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])  # expect: XL205
model.fit(X_train, Y_train, batch_size=128, nb_epoch=20, verbose=1)
