"""Bug: a GoogLeNet-style model returns its auxiliary head only while training (else None); the auxiliary raw scores go to F.nll_loss, which expects log-probabilities."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionLike(nn.Module):
    def __init__(self, n_classes=10):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 32, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
                                      nn.Flatten())
        self.main = nn.Sequential(nn.Linear(32, n_classes), nn.LogSoftmax(dim=1))
        self.aux = nn.Linear(32, n_classes)

    def forward(self, x):
        h = self.features(x)
        aux = self.aux(h) if self.training else None
        return self.main(h), aux


model = InceptionLike()
images, labels = torch.randn(8, 3, 32, 32), torch.randint(0, 10, (8,))
main_out, aux_out = model(images)
loss = F.nll_loss(main_out, labels) + 0.3 * F.nll_loss(aux_out, labels)  # expect: XL103
