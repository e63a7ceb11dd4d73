"""Look-alike: a final softmax removed through a second name, a nested key or a flag, or a head's options changed in a nested dict, must stay silent."""
import torch
import torch.nn as nn
from tensorflow import keras

layers = [nn.Linear(20, 4), nn.Softmax(dim=1)]
stack = layers
stack.pop()
loss = nn.CrossEntropyLoss()(nn.Sequential(*layers)(x), y)

blocks = {"body": [nn.Linear(20, 4)], "head": [nn.Softmax(dim=1)]}
blocks["head"].pop()
net = nn.Sequential(*blocks["body"], *blocks["head"])
loss = nn.CrossEntropyLoss()(net(x), y)

settings = {"head": {"units": 5, "activation": "softmax"}}
settings["head"].update(activation=None)
model = keras.Sequential([keras.layers.Dense(**settings["head"])])
model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))

EXPORT = False
export_layers = [nn.Linear(20, 4)]
EXPORT and export_layers.append(nn.Softmax(dim=1))
loss = nn.CrossEntropyLoss()(nn.Sequential(*export_layers)(x), y)

runs = [{"loss": "sparse_categorical_crossentropy", "optimizer": "adam"}]
for run in runs:
    run["loss"] = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
logits_model = keras.Sequential([keras.layers.Dense(5)])
logits_model.compile(**runs[0])
