"""Bug: softmax regression from scratch: the log of each sample's softmax probability underflows."""
import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

train = datasets.FashionMNIST("data", train=True, download=True, transform=transforms.ToTensor())
train_iter = DataLoader(train, batch_size=256, shuffle=True)
W = torch.normal(0, 0.01, size=(784, 10), requires_grad=True)
b = torch.zeros(10, requires_grad=True)


def net(X):
    return torch.softmax(X.reshape(-1, 784) @ W + b, dim=1)


def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])  # expect: XL104


for X, y in train_iter:
    loss = cross_entropy(net(X), y)
    loss.sum().backward()
    with torch.no_grad():
        for param in (W, b):
            param -= 0.1 * param.grad / 256
            param.grad.zero_()
