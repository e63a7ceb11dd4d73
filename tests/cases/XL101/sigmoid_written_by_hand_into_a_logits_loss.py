"""Bug: logistic regression from scratch whose sigmoid is written by hand (1 / (1 + exp(-z))), its probabilities given to BCEWithLogitsLoss (and, in the TensorFlow version, to sigmoid_cross_entropy_with_logits): the loss applies a second sigmoid."""
import tensorflow as tf
import torch
from torch import nn


class LogisticRegression(nn.Module):
    def __init__(self, n_features):
        super().__init__()
        self.linear = nn.Linear(n_features, 1)

    def forward(self, x):
        return 1 / (1 + torch.exp(-self.linear(x)))


model = LogisticRegression(8)
criterion = nn.BCEWithLogitsLoss()  # expect: XL101
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for features, targets in loader:
    loss = criterion(model(features), targets.float().unsqueeze(1))
    loss.backward()
    optimizer.step()

W = tf.Variable(tf.zeros([8, 1]))
b = tf.Variable(tf.zeros([1]))


def predict(X):
    return 1.0 / (1.0 + tf.exp(-(tf.matmul(X, W) + b)))


def train_step(X, Y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=predict(X)))  # expect: XL101
    grads = tape.gradient(loss, [W, b])
    return loss, grads
