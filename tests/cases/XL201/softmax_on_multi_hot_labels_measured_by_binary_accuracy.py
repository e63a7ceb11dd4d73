"""Bug: multi-hot labels (MultiLabelBinarizer) on a softmax head with binary cross-entropy; its binary_accuracy metric fits multi-hot labels and is no XL205."""
import numpy as np
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras
from tensorflow.keras import layers

genres = [["drama"], ["comedy", "romance"], ["action", "drama"], ["horror"]]
mlb = MultiLabelBinarizer()
Y = mlb.fit_transform(genres)

model = keras.Sequential([
    keras.Input(shape=(300,)),
    layers.Dense(128, activation="relu"),
    layers.Dense(len(mlb.classes_), activation="softmax"),  # expect: XL201
])
model.compile(optimizer="adam", loss="binary_crossentropy",
              metrics=["binary_accuracy"])
model.fit(np.load("plots.npy"), Y, epochs=10)
