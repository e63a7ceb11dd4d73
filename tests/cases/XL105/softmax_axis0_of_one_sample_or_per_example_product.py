"""Look-alike: softmax over axis 0 of one sample's output (torch, flax), of a per-example product W @ x, or of column-major W @ X must stay silent."""
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

features_by_column = torch.randn(10, 500)  # (features, m): column-major teaching code
weights = torch.randn(4, 10, requires_grad=True)
column_probs = torch.softmax(weights @ features_by_column, dim=0)

import flax.linen as flax_nn


class Flax(flax_nn.Module):
    @flax_nn.compact
    def __call__(self, x):
        return flax_nn.Dense(4)(x)


flax_model = Flax()
batch = jax.random.normal(jax.random.PRNGKey(0), (128, 8))
flax_params = flax_model.init(jax.random.PRNGKey(0), batch)
one_example = jax.nn.softmax(flax_model.apply(flax_params, batch[0]), axis=0)

column_weights = (torch.randn(4, 10) * 0.01).requires_grad_()
column_log_probs = torch.log_softmax(column_weights @ features_by_column, dim=0)
