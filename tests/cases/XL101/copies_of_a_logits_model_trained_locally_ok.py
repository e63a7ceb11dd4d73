"""Look-alike: clients train copies of a logits model with CrossEntropyLoss, and a Keras clone (keras.models.clone_model) of a logits model is compiled with from_logits=True: both right, must stay silent."""
import copy

import torch.nn as nn
from tensorflow import keras

global_model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))


def local_update(loader):
    local = copy.deepcopy(global_model)
    criterion = nn.CrossEntropyLoss()
    for x, y in loader:
        criterion(local(x), y).backward()
    return local.state_dict()


base = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)])
base.compile(optimizer="adam", loss="mse")
student = keras.models.clone_model(base)
student.compile(optimizer="adam",
                loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
