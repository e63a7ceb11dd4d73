"""Look-alike: an actor-critic acts on one unbatched Gymnasium observation, so its action scores are one row and a softmax over axis 0 is over the actions, must stay silent."""
import gymnasium as gym
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical


class ActorCritic(nn.Module):
    def __init__(self, n_obs=4, n_actions=2):
        super().__init__()
        self.body = nn.Linear(n_obs, 128)
        self.actor = nn.Linear(128, n_actions)
        self.critic = nn.Linear(128, 1)

    def forward(self, state):
        hidden = F.relu(self.body(state))
        return self.actor(hidden), self.critic(hidden)


env = gym.make("CartPole-v1")
model = ActorCritic()
state, _ = env.reset()
for step in range(10_000):
    scores, value = model(torch.from_numpy(state).float())
    probs = F.softmax(scores, dim=0)
    action = Categorical(probs).sample()
    state, reward, terminated, truncated, _ = env.step(action.item())
    if terminated or truncated:
        state, _ = env.reset()
