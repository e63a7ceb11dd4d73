"""Bug: the alphabet list("abc...z") is numbered from 1 by a dict comprehension, so the labels run 1..26 while the classifier has 26 outputs (0..25)."""
import torch
from torch import nn

ALPHABET = list("abcdefghijklmnopqrstuvwxyz")
char_to_id = {ch: i + 1 for i, ch in enumerate(ALPHABET)}

letters = open("letters.txt").read().split()
targets = torch.tensor([char_to_id[letter] for letter in letters])  # expect: XL305
features = torch.randn(len(letters), 64)
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 26))
loss = nn.CrossEntropyLoss()(model(features), targets)
