"""Bug: a torchmetrics Accuracy of task "multilabel" thresholds each class of a 10-class softmax at 0.5."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchmetrics

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
criterion = nn.CrossEntropyLoss()
accuracy = torchmetrics.Accuracy(task="multilabel", num_labels=10)
images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
logits = model(images)
loss = criterion(logits, labels)
accuracy.update(F.softmax(logits, dim=1), F.one_hot(labels, num_classes=10))  # expect: XL402
print(accuracy.compute())
