"""Bug: a multi-task TensorDataset holds the species labels as float in its middle tensor; CrossEntropyLoss raises on float class indices."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(16, 64), nn.ReLU())
        self.species = nn.Linear(64, 3)
        self.weight = nn.Linear(64, 1)

    def forward(self, x):
        features = self.body(x)
        return self.species(features), self.weight(features).squeeze(1)


features = torch.randn(300, 16)
species = torch.randint(0, 3, (300,)).float()
weights = torch.rand(300) * 50
loader = DataLoader(TensorDataset(features, species, weights), batch_size=32, shuffle=True)
model = TwoHeads()
classify, regress = nn.CrossEntropyLoss(), nn.MSELoss()
for x, y_species, y_weight in loader:
    species_logits, weight_pred = model(x)
    loss = classify(species_logits, y_species) + regress(weight_pred, y_weight)  # expect: XL304
    loss.backward()
