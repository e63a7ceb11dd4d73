"""Look-alike: the multiclass accuracy takes the softmax's argmax, and the binary F1 gets raw scores, to which torchmetrics applies the sigmoid itself, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torchmetrics.classification import BinaryF1Score, MulticlassAccuracy

classifier = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
detector = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 1))
images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
loss = nn.CrossEntropyLoss()(classifier(images), labels)
accuracy = MulticlassAccuracy(num_classes=10)
accuracy(F.softmax(classifier(images), dim=1), labels)
features, flags = torch.randn(64, 20), torch.randint(0, 2, (64,))
scores = detector(features).squeeze(1)
loss = loss + nn.BCEWithLogitsLoss()(scores, flags.float())
f1 = BinaryF1Score()
f1.update(scores, flags)
