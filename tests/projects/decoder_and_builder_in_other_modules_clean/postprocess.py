import torch


def decode_predictions(logits):
    return torch.sigmoid(logits) > 0.5
