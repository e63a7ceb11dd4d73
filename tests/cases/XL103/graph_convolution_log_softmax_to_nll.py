"""Look-alike: graph convolutions (PyTorch Geometric, DGL) followed by log_softmax over the classes and trained with NLL, and a DGL convolution given a ReLU inside a hidden layer, must stay silent."""
import dgl.nn.pytorch as dglnn
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch_geometric.nn import SAGEConv


class Sage(nn.Module):
    def __init__(self, in_channels, hidden, num_classes):
        super().__init__()
        self.conv1 = SAGEConv(in_channels, hidden)
        self.conv2 = SAGEConv(hidden, num_classes)

    def forward(self, x, edge_index):
        x = self.conv1(x, edge_index).relu()
        return F.log_softmax(self.conv2(x, edge_index), dim=1)


class DglGCN(nn.Module):
    def __init__(self, in_feats, hidden, num_classes):
        super().__init__()
        self.layer1 = dglnn.GraphConv(in_feats, hidden, activation=F.relu)
        self.layer2 = dglnn.GraphConv(hidden, num_classes)

    def forward(self, graph, features):
        h = self.layer1(graph, features)
        return F.log_softmax(self.layer2(graph, h), dim=-1)


sage = Sage(1433, 64, 7)
loss = F.nll_loss(sage(x, edge_index)[train_mask], y[train_mask])
dgl_model = DglGCN(1433, 64, 7)
criterion = nn.NLLLoss()
loss = loss + criterion(dgl_model(g, features)[train_ids], labels[train_ids])
loss.backward()
