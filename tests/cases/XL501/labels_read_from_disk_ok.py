"""Look-alike: labels read from disk passed after the output, and soft targets read from disk as Keras' y_true, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from tensorflow import keras

X = torch.tensor(np.load("features.npy"), dtype=torch.float32)
model = nn.Sequential(nn.Linear(X.shape[1], 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
logits = model(X).squeeze(1)
targets = np.load("labels.npy")
loss = criterion(logits, targets)

student = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
teacher_probs = np.load("teacher_probs.npy")
kd = keras.losses.KLDivergence()(teacher_probs, student(np.load("x.npy")))
