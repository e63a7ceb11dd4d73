"""Look-alike: a TensorFlow 2 program that opens tf.compat.v1.Session (TF1's API as TF2 keeps it) compiles a softmax with binary cross-entropy and "accuracy", which TF2's Keras resolves by the output's shape; it must stay silent."""
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

session = tf.compat.v1.Session()
tf.compat.v1.keras.backend.set_session(session)

model = keras.Sequential([
    keras.Input(shape=(10000,)),
    layers.Dense(512, activation="relu"),
    layers.Dense(46, activation="softmax"),
])
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
model.fit(x_train, keras.utils.to_categorical(y_train, 46), epochs=20, batch_size=512)
