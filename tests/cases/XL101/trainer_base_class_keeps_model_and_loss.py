"""Bug: a trainer subclass hands its softmax model and CrossEntropyLoss to its base class (super().__init__ / Base.__init__(self, ...)), whose attributes the training step reads; the logits twin must stay silent."""
import torch.nn as nn


class BaseTrainer:
    def __init__(self, model, criterion, epochs):
        self.model = model
        self.criterion = criterion
        self.epochs = epochs


class Trainer(BaseTrainer):
    def __init__(self, model, criterion, loader, epochs=10):
        super().__init__(model, criterion, epochs)
        self.loader = loader

    def train_epoch(self):
        for images, targets in self.loader:
            loss = self.criterion(self.model(images), targets)
            loss.backward()


class ExplicitTrainer(BaseTrainer):
    def __init__(self, model, criterion, loader):
        BaseTrainer.__init__(self, model, criterion, 5)
        self.loader = loader

    def step(self, images, targets):
        return self.criterion(self.model(images), targets)


softmax_net = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 4), nn.Softmax(dim=1))
logits_net = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 4))
Trainer(softmax_net, nn.CrossEntropyLoss(), train_loader).train_epoch()  # expect: XL101
Trainer(logits_net, nn.CrossEntropyLoss(), train_loader).train_epoch()
ExplicitTrainer(softmax_net, nn.CrossEntropyLoss(), train_loader).step(batch_x, batch_y)  # expect: XL101
