"""Bug: a four-channel defect segmenter trained with BCEWithLogitsLoss (each channel its own yes/no) is decoded with argmax over the channels."""
import torch
import torch.nn as nn

head = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 4, 1))
criterion = nn.BCEWithLogitsLoss()


def train_step(images, masks):
    return criterion(head(images), masks)


def predict(images):
    probs = torch.sigmoid(head(images))
    return probs.argmax(dim=1)  # expect: XL401
