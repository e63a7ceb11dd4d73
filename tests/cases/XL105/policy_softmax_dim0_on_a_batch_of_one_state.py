"""Bug: the policy is run on one observation made a batch of one (unsqueeze(0)) and its scores are normalised over axis 0, the batch, so every action gets probability 1."""
import gymnasium as gym
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

env = gym.make("CartPole-v1")
policy = nn.Sequential(nn.Linear(4, 128), nn.ReLU(), nn.Linear(128, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)

for episode in range(500):
    state, _ = env.reset()
    done = False
    while not done:
        batch = torch.from_numpy(state).float().unsqueeze(0)
        probs = F.softmax(policy(batch), dim=0)  # expect: XL105
        action = Categorical(probs).sample()
        state, reward, terminated, truncated, _ = env.step(action.item())
        done = terminated or truncated
