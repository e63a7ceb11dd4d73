"""Look-alike: current Keras picks "accuracy" from the shapes (categorical on this one-hot softmax) must stay silent."""
import keras
from keras import layers

y_train = keras.utils.to_categorical(y_train, 10)
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(512, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=128, epochs=20)
