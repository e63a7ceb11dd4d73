"""Look-alike: the same multi-task heads made by list comprehensions but giving logits, compiled with from_logits=True; and softmax heads compiled with the default sparse loss: both right, must stay silent."""
import keras
from keras import layers

TASK_CLASSES = (3, 5)
inputs = keras.Input((32,))
shared = layers.Dense(64, activation="relu")(inputs)
logits = keras.Model(inputs, [layers.Dense(n)(shared) for n in TASK_CLASSES])
logits.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
probabilities = keras.Model(
    inputs, [layers.Dense(n, activation="softmax")(shared) for n in TASK_CLASSES])
probabilities.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
