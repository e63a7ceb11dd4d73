import torch
import torch.nn as nn

from heads import BinaryBuilder
from postprocess import decode_predictions

tagger = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
criterion = nn.BCEWithLogitsLoss()
x, tags = torch.randn(16, 64), torch.randint(0, 2, (16, 10)).float()
loss = criterion(tagger(x), tags)
predicted = decode_predictions(tagger(x))  # expect: XL401

detector = BinaryBuilder().build()
detector.compile("adam", loss="binary_crossentropy")
