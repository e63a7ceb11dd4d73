"""Look-alike: REINFORCE picks each taken action's log-probability from log_softmax of the policy logits, weights it by the return and negates it, must stay silent."""
import torch
import torch.nn as nn

policy = nn.Sequential(nn.Linear(4, 128), nn.ReLU(), nn.Linear(128, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)


def finish_episode(states, actions, returns):
    states = torch.stack(states)
    actions = torch.tensor(actions, dtype=torch.long)
    returns = torch.tensor(returns)
    returns = (returns - returns.mean()) / (returns.std() + 1e-8)
    scores = torch.log_softmax(policy(states), dim=1)
    chosen = scores.gather(1, actions.unsqueeze(1)).squeeze(1)
    objective = -(chosen * returns).sum()
    optimizer.zero_grad()
    objective.backward()
    optimizer.step()
