"""Bug: federated averaging by hand: each client trains copy.deepcopy(global_model), which ends in a softmax, with CrossEntropyLoss; a mean teacher made with AveragedModel gives the same softmax to F.cross_entropy."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.optim.swa_utils import AveragedModel

global_model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10), nn.Softmax(dim=1))


def local_update(loader, epochs=1):
    local = copy.deepcopy(global_model).to("cpu")
    optimizer = torch.optim.SGD(local.parameters(), lr=0.01)
    criterion = nn.CrossEntropyLoss()  # expect: XL101
    for _ in range(epochs):
        for x, y in loader:
            optimizer.zero_grad()
            criterion(local(x), y).backward()
            optimizer.step()
    return local.state_dict()


teacher = AveragedModel(global_model)
for x, y in labelled_loader:
    consistency = F.cross_entropy(teacher(x), y)  # expect: XL101
