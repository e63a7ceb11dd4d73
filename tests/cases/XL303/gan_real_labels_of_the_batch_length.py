"""Bug: a discriminator ending in Linear(128, 1) + Sigmoid, shape (N, 1), trained with BCELoss on torch.ones(batch), shape (N,); torch.ones(batch, 1), ones of the output's own shape (torch.ones(out.size())) and a discriminator flattened with view(-1) must stay silent."""
import torch
import torch.nn as nn


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(784, 128), nn.LeakyReLU(0.2), nn.Linear(128, 1),
                                 nn.Sigmoid())

    def forward(self, x):
        return self.net(x)


class FlatDiscriminator(Discriminator):
    def forward(self, x):
        return self.net(x).view(-1)


disc, flat = Discriminator(), FlatDiscriminator()
criterion = nn.BCELoss()
loader = torch.utils.data.DataLoader(torch.load("images.pt"), batch_size=64)
for images in loader:
    batch = images.size(0)
    real = torch.ones(batch)
    loss = criterion(disc(images.view(batch, -1)), real)  # expect: XL303
    loss = criterion(disc(images.view(batch, -1)), torch.ones(batch, 1))
    out = disc(images.view(batch, -1))
    loss = criterion(out, torch.ones(out.size()))
    loss = criterion(out, torch.zeros(tuple(out.shape)))
    loss = criterion(flat(images.view(batch, -1)), real)
    loss = criterion(flat(images.view(batch, -1)), torch.zeros(batch))
