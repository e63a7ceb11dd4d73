"""Look-alike: a model's own sigmoid output, returned beside its code by a two-argument forward or called by forward(x) itself, and log(sigmoid) of a number, must stay silent."""
import jax
import jax.numpy as jnp
import torch
import torch.nn.functional as F


class ConditionalAutoencoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = torch.nn.Linear(794, 16)
        self.decoder = torch.nn.Linear(26, 784)

    def forward(self, x, condition):
        z = self.encoder(torch.cat([x, condition], dim=1))
        return z, torch.sigmoid(self.decoder(torch.cat([z, condition], dim=1)))


model = ConditionalAutoencoder()
images, conditions = torch.rand(8, 784), torch.rand(8, 10)
code, reconstruction = model(images, conditions)
loss = F.binary_cross_entropy(reconstruction, images)
expected = -jnp.log(jax.nn.sigmoid(2.0))


class Logistic(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(30, 1)

    def forward(self, x):
        return torch.sigmoid(self.fc(x))


logistic = Logistic()
bce = torch.nn.BCELoss()
called_by_name = bce(logistic.forward(torch.randn(8, 30)), torch.randint(0, 2, (8, 1)).float())
