"""Bug: the emotion data set has six classes; the classifier has four logits."""
from datasets import load_dataset
from torch import nn
from torch.utils.data import DataLoader

emotions = load_dataset("dair-ai/emotion")
emotions.set_format("torch")
classifier = nn.Linear(768, 4)  # expect: XL305
loss_fn = nn.CrossEntropyLoss()
for batch in DataLoader(emotions["train"], batch_size=32):
    loss = loss_fn(classifier(batch["embedding"]), batch["label"])
