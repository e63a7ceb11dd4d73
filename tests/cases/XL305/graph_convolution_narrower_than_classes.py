"""Bug: node labels of seven classes train a DGL graph convolution with three output features."""
import dgl.nn as dglnn
import torch
import torch.nn as nn

num_nodes = 2708
labels = torch.randint(0, 7, (num_nodes,))
features = torch.randn(num_nodes, 1433)


class GCN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = dglnn.GraphConv(1433, 16, activation=torch.relu)
        self.conv2 = dglnn.GraphConv(16, 3)  # expect: XL305

    def forward(self, g, x):
        return self.conv2(g, self.conv1(g, x))


model = GCN()
criterion = nn.CrossEntropyLoss()
loss = criterion(model(graph, features), labels)
loss.backward()
