"""Look-alike: star-imported Keras names that match, and a user's own Dense shadowing one, must stay silent."""
# Look-alike: star-imported Keras names with a matching head and loss, and a name of the user's own
# that a star import also exports (their `Dense` drops the activation), must stay silent.
import keras
from keras.models import *
from keras.layers import *
from keras.losses import *
import numpy as np

model = Sequential([Input((32,)), Dense(64, activation="relu"), Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(np.random.rand(10, 32), np.random.randint(0, 4, size=10))


def Dense(units, activation=None):
    """A head of logits whatever activation is asked for: the loss applies it."""
    return keras.layers.Dense(units)


scorer = Sequential([Input((32,)), Dense(4, activation="softmax")])
scorer.compile(optimizer="adam", loss=SparseCategoricalCrossentropy(from_logits=True))
scorer.fit(np.random.rand(10, 32), np.random.randint(0, 4, size=10))
