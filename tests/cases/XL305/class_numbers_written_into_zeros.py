"""Bug: class numbers 1 and 2 written into np.zeros(len(...)) or torch.zeros(len(...), dtype=torch.long) by masks (three classes) reach a two-unit head with CrossEntropyLoss; the same labels on three units, or on five (classes a mask may not select), must stay silent."""
import numpy as np
import torch
import torch.nn as nn

grade = np.load("grades.npy", allow_pickle=True)
y = np.zeros(len(grade), dtype=np.int64)
y[grade == "b"] = 1
y[grade == "c"] = 2
x = torch.randn(len(y), 16)
targets = torch.from_numpy(y)
criterion = nn.CrossEntropyLoss()

two = nn.Linear(16, 2)  # expect: XL305
loss = criterion(two(x), targets)
three = nn.Linear(16, 3)
loss = criterion(three(x), targets)
five = nn.Linear(16, 5)
loss = criterion(five(x), targets)

points = torch.randn(300, 2)
regions = torch.zeros(len(points), dtype=torch.long)
regions[points[:, 0] > 0] = 1
regions[points[:, 1] > 1] = 2
binary_head = nn.Linear(2, 2)  # expect: XL305
loss = criterion(binary_head(points), regions)
