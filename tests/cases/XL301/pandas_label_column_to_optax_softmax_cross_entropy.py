"""Bug: a pandas label column (class indices) goes to optax.softmax_cross_entropy, which wants one-hot rows."""
import jax
import jax.numpy as jnp
import optax
import pandas as pd
from flax import linen as nn


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(3)(nn.relu(nn.Dense(32)(x)))


frame = pd.read_csv("penguins.csv").dropna()
features = jnp.asarray(frame.drop(columns=["species_id"]).to_numpy(), dtype=jnp.float32)
labels = jnp.asarray(frame["species_id"].to_numpy())
model = Classifier()
params = model.init(jax.random.PRNGKey(0), features)


def loss_fn(params):
    logits = model.apply(params, features)
    return optax.softmax_cross_entropy(logits, labels).mean()  # expect: XL301


grads = jax.grad(loss_fn)(params)
