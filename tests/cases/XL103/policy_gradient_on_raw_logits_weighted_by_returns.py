"""Bug: REINFORCE picks each taken action's raw policy logit (no log_softmax), weights it by the return and negates it: the loss is unbounded below."""
import torch
import torch.nn as nn

policy = nn.Sequential(nn.Linear(4, 128), nn.ReLU(), nn.Linear(128, 2))
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)


def finish_episode(states, actions, returns):
    states = torch.stack(states)
    actions = torch.tensor(actions, dtype=torch.long)
    returns = torch.tensor(returns)
    returns = (returns - returns.mean()) / (returns.std() + 1e-8)
    scores = policy(states)
    chosen = scores.gather(1, actions.unsqueeze(1)).squeeze(1)
    objective = -(chosen * returns).sum()  # expect: XL103
    optimizer.zero_grad()
    objective.backward()
    optimizer.step()
