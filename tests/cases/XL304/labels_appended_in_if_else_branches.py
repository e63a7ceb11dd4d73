"""Bug: 0/1 labels appended in an if/else per line become an int64 tensor for BCEWithLogitsLoss; the same labels as float32 must stay silent."""
import torch
import torch.nn as nn

texts, labels = [], []
for line in open("sms.txt"):
    kind, text = line.split("\t", 1)
    texts.append(text)
    if kind == "spam":
        labels.append(1)
    else:
        labels.append(0)
features = torch.load("features.pt")
model = nn.Linear(300, 1)
criterion = nn.BCEWithLogitsLoss()

y = torch.tensor(labels)
loss = criterion(model(features).squeeze(1), y)  # expect: XL304
loss = criterion(model(features).squeeze(1), torch.tensor(labels, dtype=torch.float32))
