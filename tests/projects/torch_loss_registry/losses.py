"""Loss registry: a config names the loss."""
import torch.nn as nn

LOSSES = {
    "ce": nn.CrossEntropyLoss,
    "smooth_ce": lambda: nn.CrossEntropyLoss(label_smoothing=0.1),
}
