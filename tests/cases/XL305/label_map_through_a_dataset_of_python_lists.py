"""Bug: five categories mapped to class numbers, kept as Python lists in a Dataset, reach a head of four units."""
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

df = pd.read_csv("news.csv")
label2id = {"world": 0, "sports": 1, "business": 2, "sci_tech": 3, "health": 4}
df["label"] = df["category"].map(label2id)


class NewsEmbeddings(Dataset):
    def __init__(self, frame):
        self.features = frame["embedding"].tolist()
        self.labels = frame["label"].tolist()

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return torch.tensor(self.features[i]), torch.tensor(self.labels[i])


model = nn.Sequential(nn.Linear(768, 128), nn.ReLU(), nn.Linear(128, 4))  # expect: XL305
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
for xb, yb in DataLoader(NewsEmbeddings(df), batch_size=32, shuffle=True):
    optimizer.zero_grad()
    loss = criterion(model(xb), yb)
    loss.backward()
    optimizer.step()
