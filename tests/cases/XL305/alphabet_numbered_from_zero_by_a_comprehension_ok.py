"""Look-alike: the alphabet list("abc...z") is numbered from 0, 26 classes for 26 outputs, must stay silent."""
import torch
from torch import nn

ALPHABET = list("abcdefghijklmnopqrstuvwxyz")
char_to_id = {ch: i for i, ch in enumerate(ALPHABET)}

letters = open("letters.txt").read().split()
targets = torch.tensor([char_to_id[letter] for letter in letters])
features = torch.randn(len(letters), 64)
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 26))
loss = nn.CrossEntropyLoss()(model(features), targets)
