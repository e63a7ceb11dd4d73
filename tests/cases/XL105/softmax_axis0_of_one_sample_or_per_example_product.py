"""Look-alike: softmax over axis 0 of one sample's output, or of a per-example product W @ x, must stay silent."""
import jax
import jax.numpy as jnp
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5))
x = torch.randn(100, 20)
logits = model(x[0])
probs = torch.softmax(logits, dim=0)
head = nn.Linear(20, 5)
one = torch.softmax(head(x[3]), dim=0)


def predict_one(params, image):
    return params["w"] @ image + params["b"]


def loss_one(params, image, label):
    return -jax.nn.log_softmax(predict_one(params, image), axis=0)[label]


params = {"w": jnp.zeros((10, 784)), "b": jnp.zeros(10)}
per_example = jax.vmap(loss_one, in_axes=(None, 0, 0))
scores = params["w"] @ jnp.ones(784)
distribution = jax.nn.softmax(scores, axis=0)
