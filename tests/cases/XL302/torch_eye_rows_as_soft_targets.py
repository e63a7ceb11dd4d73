"""Look-alike: float one-hot rows of torch.eye given to CrossEntropyLoss (class probabilities) must stay silent."""
import torch
import torch.nn as nn

labels = torch.randint(0, 4, (128,))
classifier = nn.Linear(10, 4)
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
loss = criterion(classifier(inputs), torch.eye(4)[labels])
