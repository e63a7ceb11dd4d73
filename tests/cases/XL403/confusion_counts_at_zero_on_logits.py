"""Look-alike: confusion counts with thresholds=0.0 on a logits head, and with their default threshold on a sigmoid head, must stay silent."""
import numpy as np
from tensorflow import keras

features = np.load("transactions.npy")
fraud = np.load("fraud.npy").astype("float32")

logits_model = keras.Sequential([keras.Input(shape=(30,)), keras.layers.Dense(1)])
logits_model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True),
                     metrics=[keras.metrics.TruePositives(thresholds=0.0, name="tp"),
                              keras.metrics.FalsePositives(0.0, name="fp")])
logits_model.fit(features, fraud)

sigmoid_model = keras.Sequential([keras.Input(shape=(30,)),
                                  keras.layers.Dense(1, activation="sigmoid")])
sigmoid_model.compile(optimizer="adam", loss="binary_crossentropy",
                      metrics=[keras.metrics.TrueNegatives(), keras.metrics.FalseNegatives()])
sigmoid_model.fit(features, fraud)
