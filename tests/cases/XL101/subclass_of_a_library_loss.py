"""Bug: losses made by subclassing a library loss without computing anything of their own (a class-weighted CrossEntropyLoss, a Keras CategoricalCrossentropy passing from_logits=True up) trained on softmax outputs; a subclass with its own forward, and the logits twins, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from tensorflow import keras


class WeightedCE(nn.CrossEntropyLoss):
    def __init__(self, counts):
        weights = 1.0 / torch.tensor(counts, dtype=torch.float32)
        super().__init__(weight=weights / weights.sum())


class SmoothedFromProbabilities(nn.CrossEntropyLoss):
    def forward(self, probs, target):
        return F.nll_loss(torch.log(probs.clamp_min(1e-8)), target)


class LogitsCCE(keras.losses.CategoricalCrossentropy):
    def __init__(self):
        super().__init__(from_logits=True, label_smoothing=0.1)


softmax_net = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 4), nn.Softmax(dim=1))
logits_net = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 4))
weighted = WeightedCE([100, 20, 5, 50])
custom = SmoothedFromProbabilities()
for features, labels in loader:
    loss = weighted(softmax_net(features), labels)  # expect: XL101
    logits_loss = weighted(logits_net(features), labels)
    custom_loss = custom(softmax_net(features), labels)

keras_model = keras.Sequential([keras.Input(shape=(16,)), keras.layers.Dense(3, activation="softmax")])
keras_model.compile(optimizer="adam", loss=LogitsCCE())  # expect: XL101
keras_logits = keras.Sequential([keras.Input(shape=(16,)), keras.layers.Dense(3)])
keras_logits.compile(optimizer="adam", loss=LogitsCCE())
