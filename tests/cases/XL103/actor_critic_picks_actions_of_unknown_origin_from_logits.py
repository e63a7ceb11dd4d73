"""Bug: an actor-critic update picks the logits of actions it is given (of unknown origin) by out[arange(n), actions], weights them by the advantages and negates them, with no log_softmax."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ActorCritic(nn.Module):
    def __init__(self, n_obs, n_actions):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_obs, 64), nn.Tanh())
        self.actor = nn.Linear(64, n_actions)
        self.critic = nn.Linear(64, 1)

    def forward(self, obs):
        h = self.body(obs)
        return self.actor(h), self.critic(h).squeeze(-1)


net = ActorCritic(8, 4)


def a2c_step(obs, actions, returns, optimizer):
    logits, values = net(obs)
    advantages = (returns - values).detach()
    policy_term = -(logits[torch.arange(len(actions)), actions] * advantages).mean()  # expect: XL103
    value_term = F.mse_loss(values, returns)
    optimizer.zero_grad()
    (policy_term + 0.5 * value_term).backward()
    optimizer.step()
