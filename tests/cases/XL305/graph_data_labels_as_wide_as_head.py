"""Look-alike: node labels stored in a PyTorch Geometric Data object number as many genres as the classifier has outputs, must stay silent."""
import pandas as pd
import torch
import torch.nn.functional as F
from torch_geometric.data import Data
from torch_geometric.nn import GCNConv

items = pd.read_csv("items.csv")
items["genre_id"] = items["genre"].map({"books": 0, "music": 1, "movies": 2, "games": 3})
edges = torch.tensor(pd.read_csv("edges.csv")[["src", "dst"]].values.T, dtype=torch.long)
data = Data(x=torch.randn(len(items), 16), edge_index=edges,
            y=torch.tensor(items["genre_id"].values, dtype=torch.long))
data = data.to("cpu")


class GCN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = GCNConv(16, 32)
        self.conv2 = GCNConv(32, 4)

    def forward(self, x, edge_index):
        return self.conv2(F.relu(self.conv1(x, edge_index)), edge_index)


model = GCN()
loss = F.cross_entropy(model(data.x, data.edge_index), data.y)
loss.backward()
