"""Bug: a softmax appended through a second name for a list, or to a list held in a dict, ends stacks trained with CrossEntropyLoss."""
import torch.nn as nn

body = [nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4)]
other = body
other.append(nn.Softmax(dim=1))
first = nn.CrossEntropyLoss()  # expect: XL101
loss = first(nn.Sequential(*body)(x), y)

blocks = {"body": [nn.Linear(20, 4)], "head": []}
blocks["head"].append(nn.Softmax(dim=1))
second = nn.CrossEntropyLoss()  # expect: XL101
loss = second(nn.Sequential(*blocks["body"], *blocks["head"])(x), y)
