import argparse

import torch
import torch.nn as nn

from registry import CUSTOM, MODELS

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="wide")
args = parser.parse_args()

model = MODELS[args.model]()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
x, y = torch.randn(32, 64), torch.randint(0, 10, (32,))
loss = criterion(model(x), y)
loss.backward()
optimizer.step()

tiny = CUSTOM["tiny"]()
print(criterion(tiny(x), y))
