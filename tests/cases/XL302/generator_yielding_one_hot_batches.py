"""Bug: generator functions yield one-hot batches to a sparse Keras loss and to CrossEntropyLoss in a loop."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from tensorflow import keras


def batches(x, y, size=32):
    while True:
        idx = np.random.randint(0, len(x), size)
        yield x[idx], keras.utils.to_categorical(y[idx], 10)


(x_train, y_train), _ = keras.datasets.mnist.load_data()
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(batches(x_train, y_train), steps_per_epoch=100)


def torch_batches(features, labels):
    for start in range(0, len(features), 64):
        yield features[start:start + 64], F.one_hot(labels[start:start + 64], 5)


net = nn.Linear(20, 5)
criterion = nn.CrossEntropyLoss()
for xb, yb in torch_batches(torch.randn(640, 20), torch.randint(0, 5, (640,))):
    loss = criterion(net(xb), yb)  # expect: XL302
