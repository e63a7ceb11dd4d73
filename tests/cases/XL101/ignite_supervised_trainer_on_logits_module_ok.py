"""Look-alike: ignite's trainer with CrossEntropyLoss on a logits module (softmax only when evaluating) must stay silent."""
# Look-alike: ignite's trainer with CrossEntropyLoss on a module that returns logits (the softmax
# only in the evaluator's output transform) must stay silent.
import torch
import torch.nn as nn
from ignite.engine import create_supervised_evaluator, create_supervised_trainer
from ignite.metrics import Accuracy

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
trainer = create_supervised_trainer(model, optimizer, nn.CrossEntropyLoss())
evaluator = create_supervised_evaluator(
    model, metrics={"accuracy": Accuracy()},
    output_transform=lambda x, y, y_pred: (torch.softmax(y_pred, dim=1), y))
