"""Bug: a label column converted to float32 goes to CrossEntropyLoss as class indices."""
import pandas as pd
import torch
import torch.nn as nn

df = pd.read_csv("data.csv")
x = torch.tensor(df.drop(columns="target").values, dtype=torch.float32)
y = torch.tensor(df["target"].values, dtype=torch.float32)
model = nn.Linear(8, 4)
loss = nn.CrossEntropyLoss()(model(x), y)  # expect: XL304
