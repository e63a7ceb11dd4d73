"""Bug: the raw logits of a timm model and of a Hugging Face classifier are given to NLLLoss."""
import timm
import torch.nn as nn
from transformers import AutoModelForSequenceClassification

backbone = timm.create_model("resnet18", pretrained=True, num_classes=3)
criterion = nn.NLLLoss()  # expect: XL103


def image_step(images, labels):
    return criterion(backbone(images), labels)


text_model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=3)
nll = nn.NLLLoss()  # expect: XL103


def text_step(batch, labels):
    outputs = text_model(**batch)
    return nll(outputs.logits, labels)
