"""Look-alike: the averaged MC-dropout probabilities are logged and go to NLLLoss, which takes log-probabilities, must stay silent."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Sequential(nn.Linear(32, 128), nn.ReLU(), nn.Dropout(0.3), nn.Linear(128, 6))
criterion = nn.NLLLoss()
inputs, labels = torch.randn(64, 32), torch.randint(0, 6, (64,))

model.train()  # (dropout stays on at test time)
samples = torch.stack([model(inputs) for _ in range(30)])
mean_probs = F.softmax(samples, dim=-1).mean(dim=0)
loss = criterion(torch.log(mean_probs + 1e-8), labels)
