"""Look-alike: a Sigmoid appended or added to nn.Sequential after it was built, with BCELoss, must stay silent."""
import torch.nn as nn

net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
net.append(nn.Sigmoid())
loss = nn.BCELoss()(net(features), targets.float().unsqueeze(1))

scorer = nn.Sequential(nn.Linear(20, 1))
scorer.add_module("sigmoid", nn.Sigmoid())
loss = nn.BCELoss()(scorer(features), targets.float().unsqueeze(1))

layers = [nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1)]
layers += [nn.Sigmoid()]
stacked = nn.Sequential(*layers)
loss = nn.BCELoss()(stacked(features), targets.float().unsqueeze(1))
