"""Look-alike: the entailment column of each candidate pair is normalised over the candidates (zero-shot), must stay silent."""
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("facebook/bart-large-mnli")
nli = AutoModelForSequenceClassification.from_pretrained("facebook/bart-large-mnli")


def zero_shot(text, candidates):
    pairs = tokenizer([text] * len(candidates),
                      [f"This example is {label}." for label in candidates],
                      return_tensors="pt", padding=True)
    with torch.no_grad():
        logits = nli(**pairs).logits
    entailment = logits[:, 2]
    scores = entailment.softmax(dim=0)
    return dict(zip(candidates, scores.tolist()))
