"""Look-alike: class numbers changed in place (y[y == 2] = 1 merging three classes into two, SVHN's y[y == 10] = 0, torch.clamp, masked_fill_) before heads as wide as the classes left, and a column of one-hot rows (Y[:, 1:]) for one logit, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from tensorflow import keras

labels = []
for line in open("negative.txt"):
    labels.append(0)
for line in open("positive.txt"):
    labels.append(1)
for line in open("neutral.txt"):
    labels.append(2)
y = np.array(labels)
y[y == 2] = 1
model = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(np.load("features.npy"), y)

digits = np.random.randint(1, 11, 1000)
digits[digits == 10] = 0
svhn = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(10, activation="softmax")])
svhn.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
svhn.fit(np.load("digits.npy"), digits)

targets = torch.randint(0, 3, (100,))
binary = torch.clamp(targets, 0, 1)
head = nn.Linear(4, 2)
loss = nn.CrossEntropyLoss()(head(torch.randn(100, 4)), binary)
targets.masked_fill_(targets == 2, 1)
loss = nn.CrossEntropyLoss()(head(torch.randn(100, 4)), targets)

Y = np.zeros((100, 2), dtype=np.float32)
for i, label in enumerate(np.load("raw.npy").astype(int)):
    Y[i, label] = 1
logit = nn.Linear(4, 1)
loss = nn.BCEWithLogitsLoss()(logit(torch.randn(100, 4)), torch.from_numpy(Y[:, 1:]))
