"""Look-alike: the label column is cast to a ClassLabel of five names and the classifier has five output units, must stay silent."""
import torch
import torch.nn as nn
from datasets import ClassLabel, load_dataset
from torch.utils.data import DataLoader

GENRES = ["blues", "classical", "jazz", "metal", "pop"]
clips = load_dataset("csv", data_files="genres.csv")["train"]
clips = clips.cast_column("genre", ClassLabel(names=GENRES))
clips = clips.with_format("torch")

model = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, len(GENRES)))
criterion = nn.CrossEntropyLoss()
for batch in DataLoader(clips, batch_size=32):
    loss = criterion(model(batch["features"]), batch["genre"])
    loss.backward()
