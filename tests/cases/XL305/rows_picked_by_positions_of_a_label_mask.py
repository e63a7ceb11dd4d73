"""Look-alike: rows of the first five digits picked by the positions where a mask of the labels holds (np.where(y < 5)[0], np.flatnonzero, nonzero(as_tuple=True)) carry five classes, as the five-unit heads have, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from tensorflow import keras

(x, y), _ = keras.datasets.mnist.load_data()
first_task = np.where(y < 5)[0]
model = keras.Sequential([keras.layers.Input((28, 28)), keras.layers.Flatten(),
                          keras.layers.Dense(5, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy")
model.fit(x[first_task], y[first_task])
model.fit(x[np.flatnonzero(y < 5)], y[np.flatnonzero(y < 5)])

labels = torch.randint(0, 10, (1000,))
features = torch.randn(1000, 784)
kept = (labels < 5).nonzero(as_tuple=True)[0]
net = nn.Linear(784, 5)
loss = nn.CrossEntropyLoss()(net(features[kept]), labels[kept])
