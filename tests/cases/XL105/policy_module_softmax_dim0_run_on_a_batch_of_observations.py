"""Bug: the policy's forward ends in softmax(dim=0), and it is run on a batch of stored observations (N, 4): the softmax normalises over the batch."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class Policy(nn.Module):
    def __init__(self, obs_dim=4, n_actions=2):
        super().__init__()
        self.fc1 = nn.Linear(obs_dim, 128)
        self.fc2 = nn.Linear(128, n_actions)

    def forward(self, x):
        return F.softmax(self.fc2(F.relu(self.fc1(x))), dim=0)  # expect: XL105


policy = Policy()
states = torch.as_tensor(np.random.randn(64, 4), dtype=torch.float32)
actions = torch.randint(0, 2, (64,))
returns = torch.randn(64)
log_probs = torch.log(policy(states).gather(1, actions[:, None]).squeeze(1))
loss = -(log_probs * returns).mean()
