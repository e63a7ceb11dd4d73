"""Bug: a tensor named pos_weight passed positionally to BCEWithLogitsLoss lands in weight, and a Keras label_smoothing setting passed positionally lands in from_logits; the same values by keyword, and class weights passed positionally to CrossEntropyLoss, must stay silent."""
import keras
import torch
import torch.nn as nn

pos_weight = torch.tensor([9.0])
criterion = nn.BCEWithLogitsLoss(pos_weight)  # expect: XL502
fine = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
class_weights = torch.tensor([1.0, 3.0, 5.0])
weighted = nn.CrossEntropyLoss(class_weights)


class Config:
    label_smoothing = 0.1


config = Config()
smoothed = keras.losses.CategoricalCrossentropy(config.label_smoothing)  # expect: XL502
keyword = keras.losses.CategoricalCrossentropy(label_smoothing=config.label_smoothing)
