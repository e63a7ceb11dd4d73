"""Look-alike: Net(**vars(args)) takes num_classes from the option's default, 5, as many classes as the topic map gives, must stay silent."""
import argparse

import pandas as pd
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, in_features=16, num_classes=10, dropout=0.1, **unused):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(in_features, 64), nn.ReLU(), nn.Dropout(dropout))
        self.head = nn.Linear(64, num_classes)

    def forward(self, x):
        return self.head(self.body(x))


parser = argparse.ArgumentParser()
parser.add_argument("--data", default="topics.csv")
parser.add_argument("--num-classes", type=int, default=5)
parser.add_argument("--dropout", type=float, default=0.2)
args = parser.parse_args()

frame = pd.read_csv(args.data)
topics = {"world": 0, "sports": 1, "business": 2, "science": 3, "health": 4}
targets = torch.tensor(frame["topic"].map(topics).values)
inputs = torch.tensor(frame.drop(columns=["topic"]).values, dtype=torch.float32)
model = Net(**vars(args))
loss = nn.CrossEntropyLoss()(model(inputs), targets)
loss.backward()
