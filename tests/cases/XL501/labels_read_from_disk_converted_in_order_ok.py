"""Look-alike: an evaluation script converts labels read from disk (torch.tensor(np.load(...)), .astype(...).ravel()) and passes them where each loss reads its labels, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from tensorflow import keras

features = torch.tensor(np.load("test_features.npy"), dtype=torch.float32)
targets = torch.tensor(np.load("test_targets.npy")).float()
classifier = nn.Sequential(nn.Linear(features.shape[1], 64), nn.ReLU(), nn.Linear(64, 1), nn.Sigmoid())
with torch.no_grad():
    scores = classifier(features).squeeze(1)
    test_loss = nn.BCELoss()(scores, targets)

X_test = np.load("images_test.npy").astype("float32") / 255.0
y_test = np.load("flags_test.npy").astype("float32").ravel()
detector = keras.models.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
detector.compile(optimizer="adam", loss="binary_crossentropy")
held_out = keras.losses.binary_crossentropy(y_test, detector.predict(X_test))
