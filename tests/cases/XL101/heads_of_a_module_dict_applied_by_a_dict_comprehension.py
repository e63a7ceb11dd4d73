"""Bug: attribute heads kept in an nn.ModuleDict and applied by a dict comprehension over its items() in forward, the color head ending in nn.Softmax, each output trained with CrossEntropyLoss; the pattern head (logits) must stay silent."""
import torch
import torch.nn as nn


class AttributeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 256), nn.ReLU())
        self.heads = nn.ModuleDict({
            "color": nn.Sequential(nn.Linear(256, 12), nn.Softmax(dim=1)),
            "pattern": nn.Linear(256, 7),
        })

    def forward(self, x):
        features = self.body(x)
        return {name: head(features) for name, head in self.heads.items()}


model = AttributeNet()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for images, colors, patterns in loader:
    outputs = model(images)
    loss = criterion(outputs["color"], colors)  # expect: XL101
    loss = loss + criterion(outputs["pattern"], patterns)
