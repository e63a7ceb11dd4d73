"""Bug: a Ray Tune Trainable builds a softmax model and a CrossEntropyLoss in setup(), which runs before step(), where the loss gets the probabilities."""
import torch
import torch.nn as nn
from ray import tune


class Trainer(tune.Trainable):
    def setup(self, config):
        self.model = nn.Sequential(nn.Linear(13, config.get("hidden", 64)), nn.ReLU(),
                                   nn.Linear(config.get("hidden", 64), 3), nn.Softmax(dim=-1))
        self.criterion = nn.CrossEntropyLoss()  # expect: XL101
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=config.get("lr", 1e-3))

    def step(self):
        x, y = torch.randn(32, 13), torch.randint(0, 3, (32,))
        self.optimizer.zero_grad()
        loss = self.criterion(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return {"loss": loss.item()}


tuner = tune.Tuner(Trainer, param_space={"lr": tune.loguniform(1e-4, 1e-2)})
