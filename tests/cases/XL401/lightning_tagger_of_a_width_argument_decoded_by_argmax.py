"""Bug: a Lightning tagger, as wide as a MultiLabelBinarizer's classes, is trained on its multi-hot targets with BCEWithLogitsLoss and predicts with argmax."""
import lightning as L
import torch
from sklearn.preprocessing import MultiLabelBinarizer
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

binarizer = MultiLabelBinarizer()
tags = binarizer.fit_transform([["python", "ml"], ["rust"], ["python", "rust"]])
features = torch.randn(3, 8)


class Tagger(L.LightningModule):
    def __init__(self, n_labels):
        super().__init__()
        self.net = nn.Linear(8, n_labels)
        self.loss_fn = nn.BCEWithLogitsLoss()

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return self.loss_fn(self(x), y)

    def predict_step(self, batch, batch_idx):
        x, _ = batch
        return self(x).argmax(dim=1)  # expect: XL401

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters())


data = TensorDataset(features, torch.tensor(tags, dtype=torch.float32))
model = Tagger(len(binarizer.classes_))
trainer = L.Trainer(max_epochs=2)
trainer.fit(model, DataLoader(data, batch_size=2))
