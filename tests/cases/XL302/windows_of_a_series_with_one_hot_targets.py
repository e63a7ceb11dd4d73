"""Bug: activity windows made with keras.utils.timeseries_dataset_from_array from one-hot targets (to_categorical), trained with sparse categorical cross-entropy, which expects class indices."""
import numpy as np
import pandas as pd
from tensorflow import keras

frame = pd.read_csv("accelerometer.csv")
signals = frame[["x", "y", "z"]].values.astype("float32")
activity = keras.utils.to_categorical(frame["activity_id"].values, num_classes=6)
WINDOW = 128
train_ds = keras.utils.timeseries_dataset_from_array(
    signals, activity[WINDOW - 1:], sequence_length=WINDOW, batch_size=64)
model = keras.Sequential([
    keras.layers.Input((WINDOW, 3)),
    keras.layers.Conv1D(64, 5, activation="relu"),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(6, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(train_ds, epochs=10)
