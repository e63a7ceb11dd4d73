"""Look-alike: a REINFORCE policy's forward (a module, and a Sequential) ends in softmax(dim=0), and both only ever run on one gym observation (1-D), so dim 0 is the action axis, must stay silent."""
import gymnasium as gym
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical


class Policy(nn.Module):
    def __init__(self, obs_dim=4, n_actions=2):
        super().__init__()
        self.fc1 = nn.Linear(obs_dim, 128)
        self.fc2 = nn.Linear(128, n_actions)

    def forward(self, x):
        return F.softmax(self.fc2(F.relu(self.fc1(x))), dim=0)


env = gym.make("CartPole-v1")
policy = Policy()
baseline = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 2), nn.Softmax(dim=0))
state, _ = env.reset()
for step in range(200):
    observation = torch.from_numpy(state).float()
    action = Categorical(policy(observation)).sample()
    Categorical(baseline(observation)).sample()
    state, reward, terminated, truncated, _ = env.step(action.item())
    if terminated or truncated:
        state, _ = env.reset()
