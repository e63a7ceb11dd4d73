"""Bug: one-hot labels of 12 classes, split by KFold indices, reach a softmax of 18 units."""
import numpy as np
from sklearn.model_selection import StratifiedKFold
from tensorflow import keras
from tensorflow.keras.utils import to_categorical

X = np.load("windows.npy")
activity = np.load("activity.npy")
Y = to_categorical(activity, num_classes=12)

for fold, (train_idx, val_idx) in enumerate(StratifiedKFold(5).split(X, activity)):
    model = keras.Sequential([
        keras.Input(shape=(128, 9)),
        keras.layers.Conv1D(64, 5, activation="relu"),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(18, activation="softmax"),  # expect: XL305
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    model.fit(X[train_idx], Y[train_idx], validation_data=(X[val_idx], Y[val_idx]), epochs=10)
