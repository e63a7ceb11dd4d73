"""Bug: a multi-label tagger trained with BCEWithLogitsLoss is scored by a torchmetrics F1 of task "multiclass", which takes one argmax class per sample."""
import torch
import torch.nn as nn
import torchmetrics

N_TAGS = 12
tagger = nn.Sequential(nn.Linear(300, 128), nn.ReLU(), nn.Linear(128, N_TAGS))
criterion = nn.BCEWithLogitsLoss()
f1 = torchmetrics.F1Score(task="multiclass", num_classes=N_TAGS)
docs = torch.randn(32, 300)
tags = (torch.rand(32, N_TAGS) > 0.8).float()
scores = tagger(docs)
loss = criterion(scores, tags)
f1(torch.sigmoid(scores), tags.argmax(dim=1))  # expect: XL401
