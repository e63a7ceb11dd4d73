"""Look-alike: fold rows of one-hot labels on a head as wide as the columns, and index labels masked to fewer classes, must stay silent."""
import numpy as np
from sklearn.model_selection import KFold
from tensorflow import keras
from tensorflow.keras.utils import to_categorical

X = np.load("windows.npy")
activity = np.random.randint(0, 12, size=1000)
Y = to_categorical(activity, num_classes=12)
for train_idx, val_idx in KFold(5).split(X):
    model = keras.Sequential([keras.Input(shape=(9,)), keras.layers.Dense(12, activation="softmax")])
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    model.fit(X[train_idx], Y[train_idx])

first_five = activity < 5
small = keras.Sequential([keras.Input(shape=(9,)), keras.layers.Dense(5, activation="softmax")])
small.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
small.fit(X[first_five], activity[first_five])
