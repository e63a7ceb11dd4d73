"""Bug: a hand-written cross-entropy takes the log of each sample's picked entry (out[range(N), y], out.gather(1, y)) of a linear layer's raw scores; the same picks of softmax probabilities (d2l's cross_entropy) are a right pairing but an unstable log (XL104), and a log_softmax picked and negated must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torchvision import datasets, transforms

train = datasets.FashionMNIST("data", train=True, download=True, transform=transforms.ToTensor())
loader = torch.utils.data.DataLoader(train, batch_size=256, shuffle=True)
net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))


def softmax(X):
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(1, keepdim=True)


def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])  # expect: XL104


for X, y in loader:
    out = net(X)
    loss = -torch.log(out[range(len(out)), y]).mean()  # expect: XL102
    loss = -torch.log(out.gather(1, y.view(-1, 1))).mean()  # expect: XL102
    loss = cross_entropy(softmax(out), y).mean()
    probs = F.softmax(out, dim=1)
    loss = -torch.log(probs[torch.arange(len(probs)), y]).mean()  # expect: XL104
    loss = -F.log_softmax(out, dim=1).gather(1, y.unsqueeze(1)).mean()
