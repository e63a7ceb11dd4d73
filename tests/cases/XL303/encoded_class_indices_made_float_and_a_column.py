"""Bug: LabelEncoder class indices made float and one column (a leftover of BCE code) reach CrossEntropyLoss: (N, 1) targets against the classes' logits raise a shape error."""
import pandas as pd
import torch
import torch.nn as nn
from sklearn.preprocessing import LabelEncoder

frame = pd.read_csv("species.csv")
encoder = LabelEncoder()
species = encoder.fit_transform(frame["species"])
targets = torch.tensor(species).float().unsqueeze(1)
inputs = torch.tensor(frame.drop(columns="species").values, dtype=torch.float32)

model = nn.Linear(inputs.shape[1], len(encoder.classes_))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(100):
    loss = criterion(model(inputs), targets)  # expect: XL303
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
