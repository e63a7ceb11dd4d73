"""Bug: a node classifier adds a linear skip connection to its last graph convolution (raw scores) and trains the sum with NLLLoss, which expects log-probabilities."""
import torch
import torch.nn as nn
from torch_geometric.nn import GATConv


class Net(nn.Module):
    def __init__(self, in_channels, num_classes):
        super().__init__()
        self.conv1 = GATConv(in_channels, 256, heads=4)
        self.lin1 = nn.Linear(in_channels, 4 * 256)
        self.conv2 = GATConv(4 * 256, num_classes, heads=6, concat=False)
        self.lin2 = nn.Linear(4 * 256, num_classes)

    def forward(self, x, edge_index):
        x = torch.relu(self.conv1(x, edge_index) + self.lin1(x))
        return self.conv2(x, edge_index) + self.lin2(x)


model = Net(50, 12)
criterion = nn.NLLLoss()  # expect: XL103
for batch in loader:
    loss = criterion(model(batch.x, batch.edge_index), batch.y)
    loss.backward()
