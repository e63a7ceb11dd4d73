"""Look-alike: softmax probabilities rounded to a few decimals for display (y_proba.round(2), np.round(p, 3)) must stay silent."""
import numpy as np
import torch
from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
y_proba = model.predict(np.zeros((5, 20)))
print(y_proba.round(2))
print(np.round(y_proba, 3))
print(np.around(y_proba, decimals=4))
print(round(float(y_proba[0, 0]), 2))

net = torch.nn.Sequential(torch.nn.Linear(20, 5), torch.nn.Softmax(dim=1))
p = net(torch.zeros(3, 20))
print(torch.round(p, decimals=3), p.round(decimals=2))
