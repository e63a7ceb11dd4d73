"""Bug: (path, 1.0 if "dog" in path else 0.0) pairs made by a list comprehension, one float label per image, are collated to (N,) against a (N, 1) output in BCEWithLogitsLoss; and 0/1 labels compared from a text column of np.genfromtxt(dtype=str) against a flax Dense(1); the same labels as (N, 1) must stay silent."""
import glob

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import optax
import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision import models, transforms

samples = [(p, 1.0 if "dog" in p.split("/")[-1] else 0.0) for p in glob.glob("train/*.jpg")]


class Pets(Dataset):
    def __init__(self, samples, transform):
        self.samples = samples
        self.transform = transform

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, idx):
        path, label = self.samples[idx]
        return self.transform(Image.open(path)), torch.tensor(label, dtype=torch.float32)


loader = DataLoader(Pets(samples, transforms.ToTensor()), batch_size=32, shuffle=True)
model = models.resnet18(weights=None)
model.fc = torch.nn.Linear(model.fc.in_features, 1)
criterion = torch.nn.BCEWithLogitsLoss()
for images, labels in loader:
    loss = criterion(model(images), labels)  # expect: XL303
    loss = criterion(model(images), labels.unsqueeze(1))

raw = np.genfromtxt("sonar.csv", delimiter=",", dtype=str)
X = jnp.asarray(raw[:, :-1].astype(np.float32))
y = jnp.asarray(np.where(raw[:, -1] == "M", 1.0, 0.0))


class LogReg(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(1)(nn.tanh(nn.Dense(32)(x)))


net = LogReg()
params = net.init(jax.random.PRNGKey(0), X)
logits = net.apply(params, X)
loss = optax.sigmoid_binary_cross_entropy(logits, y).mean()  # expect: XL303
loss = optax.sigmoid_binary_cross_entropy(logits, y[:, None]).mean()
