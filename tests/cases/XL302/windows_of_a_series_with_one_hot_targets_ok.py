"""Look-alike: windows of a series with one-hot targets trained with categorical cross-entropy (TimeseriesGenerator), and windows with no targets for a forecaster: both right, must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras.preprocessing.sequence import TimeseriesGenerator

signals = np.load("signals.npy")
activity = keras.utils.to_categorical(np.load("activity.npy"), num_classes=6)
windows = TimeseriesGenerator(signals, activity, length=128, batch_size=64)
model = keras.Sequential([
    keras.layers.Input((128, 3)),
    keras.layers.LSTM(64),
    keras.layers.Dense(6, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(windows, epochs=10)

unlabelled = keras.utils.timeseries_dataset_from_array(signals, None, sequence_length=128)
encoder = keras.Sequential([keras.layers.Input((128, 3)), keras.layers.LSTM(16)])
embeddings = encoder.predict(unlabelled)
