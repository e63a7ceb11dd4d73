"""Bug: random class indices whose range does not fit the output units (numpy, torch, 1-based)."""
# The look-alikes whose range fits the head stay silent.
import keras
import numpy as np
import torch
from keras import layers
from torch import nn

x = np.random.rand(100, 20)
y = np.random.randint(0, 10, size=(100,))
model = keras.Sequential([layers.Dense(5, activation="softmax")])  # expect: XL305
model.compile(loss="sparse_categorical_crossentropy")
model.fit(x, y)

y_one_based = np.random.randint(1, 11, size=100)  # expect: XL305
model_one_based = keras.Sequential([layers.Dense(10, activation="softmax")])
model_one_based.compile(loss="sparse_categorical_crossentropy")
model_one_based.fit(x, y_one_based)

y_high_only = np.random.randint(10, size=100)
model_fits = keras.Sequential([layers.Dense(10, activation="softmax")])
model_fits.compile(loss="sparse_categorical_crossentropy")
model_fits.fit(x, y_high_only)

net = nn.Linear(20, 3)  # expect: XL305
loss = nn.CrossEntropyLoss()(net(torch.randn(100, 20)), torch.randint(5, (100,)))

fits = nn.Linear(20, 3)
loss_fits = nn.CrossEntropyLoss()(fits(torch.randn(100, 20)), torch.randint(0, 3, (100,)))
loss_keyword = nn.CrossEntropyLoss()(fits(torch.randn(100, 20)), torch.randint(high=3, size=(100,)))
