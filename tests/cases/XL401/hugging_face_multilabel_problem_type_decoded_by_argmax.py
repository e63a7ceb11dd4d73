"""Bug: a Hugging Face classifier declared multi-label by problem_type trains itself with a binary cross-entropy, and its logits are decoded with argmax; argmax on a single-label twin, and the top label shown beside every label thresholded, must stay silent."""
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")
model = AutoModelForSequenceClassification.from_pretrained(
    "distilbert-base-uncased", num_labels=6, problem_type="multi_label_classification")
single = AutoModelForSequenceClassification.from_pretrained(
    "distilbert-base-uncased", num_labels=6, problem_type="single_label_classification")


def predict(texts):
    batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
    logits = model(**batch).logits
    toxic_types = logits.argmax(dim=-1)  # expect: XL401
    topic = single(**batch).logits.argmax(dim=-1)
    return toxic_types, topic


shown = AutoModelForSequenceClassification.from_pretrained(
    "distilbert-base-uncased", num_labels=6, problem_type="multi_label_classification")


def tags_and_top(batch):
    probs = shown(**batch).logits.sigmoid()
    return (probs > 0.5).int(), probs.max(dim=-1)
