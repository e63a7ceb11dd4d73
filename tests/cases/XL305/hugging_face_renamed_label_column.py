"""Look-alike: ag_news' four classes, the column renamed to labels, on four logits must stay silent."""
from datasets import load_dataset
from torch import nn
from torch.utils.data import DataLoader

news = load_dataset("ag_news", split="train").rename_column("label", "labels")
news = news.shuffle(seed=0).select(range(1000))
classifier = nn.Linear(768, 4)
loss_fn = nn.CrossEntropyLoss()
for batch in DataLoader(news, batch_size=32):
    loss = loss_fn(classifier(batch["embedding"]), batch["labels"])
