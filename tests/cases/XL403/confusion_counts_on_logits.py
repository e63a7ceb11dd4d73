"""Bug: the confusion counts of the imbalanced-data guide (TruePositives and its kin) threshold at 0.5, but the one-unit head is trained on logits."""
import numpy as np
from tensorflow import keras

METRICS = [
    keras.metrics.TruePositives(name="tp"),  # expect: XL403
    keras.metrics.FalseNegatives(name="fn"),  # expect: XL403
    keras.metrics.AUC(name="prc", curve="PR", from_logits=True),
]

features = np.load("transactions.npy")
fraud = np.load("fraud.npy").astype("float32")
model = keras.Sequential([
    keras.Input(shape=(features.shape[1],)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=METRICS)
model.fit(features, fraud, epochs=20, batch_size=2048)
