"""Look-alike: an actor-critic update picks the log-probabilities (log_softmax of the logits) of actions it is given by out[arange(n), actions], weights them by the advantages and negates them, must stay silent."""
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
    log_probs = F.log_softmax(logits, dim=-1)
    advantages = (returns - values).detach()
    policy_term = -(log_probs[torch.arange(len(actions)), actions] * advantages).mean()
    value_term = F.mse_loss(values, returns)
    optimizer.zero_grad()
    (policy_term + 0.5 * value_term).backward()
    optimizer.step()
