"""Bug: the digit recognizer's label column taken by a slice one column wide (train.iloc[:, :1], .values[:, -1:]) gives (N, 1) class indices to CrossEntropyLoss; the column taken by its index, iloc[:, 0], must stay silent."""
import pandas as pd
import torch
import torch.nn as nn

train = pd.read_csv("digit-recognizer/train.csv")
pixels = torch.FloatTensor(train.iloc[:, 1:].values / 255.0)
first_as_column = torch.LongTensor(train.iloc[:, :1].values)
last_as_column = torch.LongTensor(train.values[:, -1:])
first = torch.LongTensor(train.iloc[:, 0].values)

model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
criterion = nn.CrossEntropyLoss()
loss = criterion(model(pixels), first_as_column)  # expect: XL303
loss = criterion(model(pixels), last_as_column)  # expect: XL303
loss = criterion(model(pixels), first)
