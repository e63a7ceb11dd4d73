"""Bug: a segmentation network ending in a one-channel 1x1 convolution trained with CrossEntropyLoss (the softmax over one channel is always 1, the loss always 0); the same head with BCEWithLogitsLoss must stay silent."""
import torch
import torch.nn as nn


def conv_block(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU())


class TinyUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.down = conv_block(3, 32)
        self.up = conv_block(32, 32)
        self.out = nn.Conv2d(32, 1, kernel_size=1)

    def forward(self, x):
        return self.out(self.up(self.down(x)))


net = TinyUNet()
criterion = nn.CrossEntropyLoss()  # expect: XL204
binary = nn.BCEWithLogitsLoss()
for images, masks in loader:
    loss = criterion(net(images), masks)
    binary_loss = binary(net(images), masks.float())
