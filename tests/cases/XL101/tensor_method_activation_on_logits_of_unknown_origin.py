"""Bug: softmax and sigmoid taken as tensor methods of logits from a model not known here reach losses that apply them again."""
import torch.nn as nn


def classification_step(model, batch):
    logits = model(**batch).logits
    probs = logits.softmax(dim=-1)
    return nn.CrossEntropyLoss()(probs, batch["labels"])  # expect: XL101


def tagging_step(model, features, tags):
    scores = model(features).sigmoid()
    return nn.BCEWithLogitsLoss()(scores, tags.float())  # expect: XL101


def correct_step(model, features, tags):
    logits = model(features)
    confidence = logits.sigmoid().max()
    return nn.BCEWithLogitsLoss()(logits, tags.float()), confidence
