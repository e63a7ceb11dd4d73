"""Look-alike: a four-channel defect segmenter trained with BCEWithLogitsLoss, each channel thresholded on its own, must stay silent."""
import torch
import torch.nn as nn

head = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 4, 1))
criterion = nn.BCEWithLogitsLoss()


def train_step(images, masks):
    return criterion(head(images), masks)


def predict(images):
    probs = torch.sigmoid(head(images))
    return probs > 0.5
