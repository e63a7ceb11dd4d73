"""Bug: the 2017 tutorial decoder torch.max(outputs.data, 1) reads a multi-label model trained with BCEWithLogitsLoss; thresholding another such model's outputs.data at 0 must stay silent."""
import torch
import torch.nn as nn
from torch.autograd import Variable

model = nn.Linear(512, 20)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for images, targets in loader:
    images, targets = Variable(images.cuda()), Variable(targets.float().cuda())
    outputs = model(images)
    loss = criterion(outputs, targets)
    _, predicted = torch.max(outputs.data, 1)  # expect: XL401

tagger = nn.Linear(512, 20)
for images, targets in loader:
    scores = tagger(Variable(images))
    loss = criterion(scores, Variable(targets.float()))
    tags = scores.data > 0
