"""Bug: MC-dropout logits are stacked, softmaxed over the classes and averaged over the samples, and the mean probabilities go to CrossEntropyLoss, which applies softmax again."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Sequential(nn.Linear(32, 128), nn.ReLU(), nn.Dropout(0.3), nn.Linear(128, 6))
criterion = nn.CrossEntropyLoss()
inputs, labels = torch.randn(64, 32), torch.randint(0, 6, (64,))

model.train()  # (dropout stays on at test time)
samples = torch.stack([model(inputs) for _ in range(30)])
mean_probs = F.softmax(samples, dim=-1).mean(dim=0)
loss = criterion(mean_probs, labels)  # expect: XL101
