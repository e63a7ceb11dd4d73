"""Bug: the log of the output of a model that ends in a softmax, trained on (F.nll_loss, a cross-entropy written as y * log(p)); the same log computed only to evaluate the model (np.log of predict(), an entropy printed), or of probabilities plus an epsilon, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from tensorflow import keras

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.Softmax(dim=1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(128, 20)
y = torch.randint(0, 5, (128,))
onehot = F.one_hot(y, 5).float()

for epoch in range(10):
    optimizer.zero_grad()
    loss = F.nll_loss(torch.log(model(x)), y)  # expect: XL104
    loss.backward()
    optimizer.step()

for epoch in range(10):
    optimizer.zero_grad()
    probs = model(x)
    loss = -(onehot * torch.log(probs)).sum(dim=1).mean()  # expect: XL104
    loss.backward()
    optimizer.step()

for epoch in range(10):
    optimizer.zero_grad()
    loss = F.nll_loss(torch.log(model(x) + 1e-8), y)
    loss.backward()
    optimizer.step()

with torch.no_grad():
    probs = model(x)
    entropy = -(probs * torch.log(probs)).sum(dim=1).mean()
    print(f"mean entropy {entropy:.3f}")

classifier = keras.Sequential([keras.Input((20,)), keras.layers.Dense(5, activation="softmax")])
classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
classifier.fit(x.numpy(), y.numpy(), epochs=2)
test_loss = -np.mean(np.sum(onehot.numpy() * np.log(classifier.predict(x.numpy())), axis=1))
