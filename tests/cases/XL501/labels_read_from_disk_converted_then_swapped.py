"""Bug: an evaluation script converts labels read from disk (torch.tensor(np.load(...)), .astype(...).ravel()) and passes them after the model's output to the losses that take them first."""
import numpy as np
import torch
import torch.nn as nn
from tensorflow import keras

features = torch.tensor(np.load("test_features.npy"), dtype=torch.float32)
targets = torch.tensor(np.load("test_targets.npy")).float()
classifier = nn.Sequential(nn.Linear(features.shape[1], 64), nn.ReLU(), nn.Linear(64, 1), nn.Sigmoid())
with torch.no_grad():
    scores = classifier(features).squeeze(1)
    test_loss = nn.BCELoss()(targets, scores)  # expect: XL501

X_test = np.load("images_test.npy").astype("float32") / 255.0
y_test = np.load("flags_test.npy").astype("float32").ravel()
detector = keras.models.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
detector.compile(optimizer="adam", loss="binary_crossentropy")
held_out = keras.losses.binary_crossentropy(detector.predict(X_test), y_test)  # expect: XL501
