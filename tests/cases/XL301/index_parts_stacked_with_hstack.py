"""Bug: class indices of two sources joined with np.hstack reach categorical_crossentropy; one-hot rows joined with np.vstack (or torch.vstack) are still one-hot, and hstack of one-hot rows or vstack of index vectors are not more samples, so those must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from tensorflow import keras
from tensorflow.keras import layers

y_scraped = np.random.randint(0, 5, size=(800,))
y_manual = np.random.randint(0, 5, size=(200,))
y = np.hstack([y_scraped, y_manual])
X = np.random.rand(1000, 40)

model = keras.Sequential([layers.Dense(64, activation="relu"), layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(X, y, epochs=10)

Y = np.vstack([keras.utils.to_categorical(y_scraped, 5), keras.utils.to_categorical(y_manual, 5)])
second = keras.Sequential([layers.Dense(64, activation="relu"), layers.Dense(5, activation="softmax")])
second.compile(optimizer="adam", loss="categorical_crossentropy")
second.fit(X, Y, epochs=10)

side_by_side = np.hstack([keras.utils.to_categorical(y_scraped[:200], 5),
                          keras.utils.to_categorical(y_manual, 5)])
third = keras.Sequential([layers.Dense(10, activation="softmax")])
third.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
third.fit(X[:200], side_by_side)

rows = np.vstack([y_scraped[:200], y_manual])
fourth = keras.Sequential([layers.Dense(200, activation="softmax")])
fourth.compile(optimizer="adam", loss="categorical_crossentropy")
fourth.fit(np.random.rand(2, 40), rows)

targets = torch.vstack([torch.eye(5)[torch.tensor(y_scraped)], torch.eye(5)[torch.tensor(y_manual)]])
net = nn.Sequential(nn.Linear(40, 5))
loss = nn.CrossEntropyLoss()(net(torch.tensor(X, dtype=torch.float32)), targets)
