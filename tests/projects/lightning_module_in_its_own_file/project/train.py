"""Bug: the Lightning module's cross-entropy gets the softmax backbone built in another module."""
import lightning as L
import torch
from torch.utils.data import DataLoader, TensorDataset

from project.backbones import make_backbone
from project.lit_module import LitClassifier

dataset = TensorDataset(torch.randn(512, 64), torch.randint(0, 10, (512,)))
model = LitClassifier(make_backbone())  # expect: XL101
trainer = L.Trainer(max_epochs=5)
trainer.fit(model, DataLoader(dataset, batch_size=32))
