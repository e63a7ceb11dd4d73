"""Look-alike: a multi-label Hugging Face classifier given float multi-hot labels, and a single-label one given int64 indices, must stay silent."""
import torch
from transformers import AutoModelForSequenceClassification

multi = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=5, problem_type="multi_label_classification")
out = multi(input_ids=torch.randint(0, 1000, (4, 16)),
            labels=torch.randint(0, 2, (4, 5)).float())
single = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=3, problem_type="single_label_classification")
out = single(input_ids=torch.randint(0, 1000, (4, 16)), labels=torch.randint(0, 3, (4,)))
