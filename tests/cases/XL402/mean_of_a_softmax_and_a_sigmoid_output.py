"""Look-alike: a softmax and a sigmoid output averaged are neither, so a 0.5 threshold on them must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Linear(128, 4)
criterion = nn.CrossEntropyLoss()
loss = criterion(model(features), labels)
blend = (F.softmax(model(features), dim=1) + torch.sigmoid(model(features))) / 2
flags = blend > 0.5
