"""Bug: a Dataset reads each label from a pandas row as a float tensor, batched into CrossEntropyLoss."""
import pandas as pd
import torch
import torch.nn as nn
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision import models, transforms


class LeafDataset(Dataset):
    def __init__(self, csv_path, transform):
        self.df = pd.read_csv(csv_path)
        self.transform = transform

    def __len__(self):
        return len(self.df)

    def __getitem__(self, idx):
        row = self.df.iloc[idx]
        image = self.transform(Image.open(row["image_path"]).convert("RGB"))
        label = torch.tensor(row["label"], dtype=torch.float32)
        return image, label


loader = DataLoader(LeafDataset("train.csv", transforms.ToTensor()), batch_size=32, shuffle=True)
model = models.resnet18(num_classes=5)
criterion = nn.CrossEntropyLoss()
for images, labels in loader:
    loss = criterion(model(images), labels)  # expect: XL304
