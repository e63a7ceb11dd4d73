"""Bug: a Keras program on TensorFlow 1 (tf.Session) compiles a 46-class softmax with binary cross-entropy and "accuracy", which that Keras resolves to binary accuracy by the loss."""
import keras
import tensorflow as tf
from keras.layers import Dense
from keras.models import Sequential

config = tf.ConfigProto()
config.gpu_options.allow_growth = True
keras.backend.set_session(tf.Session(config=config))

model = Sequential([
    Dense(512, input_shape=(10000,), activation="relu"),
    Dense(46, activation="softmax"),
])
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])  # expect: XL205
model.fit(x_train, keras.utils.to_categorical(y_train, 46), epochs=20, batch_size=512)
