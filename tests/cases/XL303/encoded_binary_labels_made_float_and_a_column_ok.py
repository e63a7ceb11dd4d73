"""Look-alike: LabelEncoder labels of two classes made float and one column go to BCEWithLogitsLoss on one output unit, must stay silent."""
import pandas as pd
import torch
import torch.nn as nn
from sklearn.preprocessing import LabelEncoder

frame = pd.read_csv("loans.csv")
encoder = LabelEncoder()
defaulted = encoder.fit_transform(frame["status"])
targets = torch.tensor(defaulted).float().unsqueeze(1)
inputs = torch.tensor(frame.drop(columns="status").values, dtype=torch.float32)

model = nn.Linear(inputs.shape[1], 1)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(100):
    loss = criterion(model(inputs), targets)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
