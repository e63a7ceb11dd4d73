"""Look-alike: a flax two-tower module returns query-document scores with jnp.matmul; log_softmax over axis 0 normalises over the queries (the symmetric in-batch loss), must stay silent."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn


class TwoTower(nn.Module):
    dim: int = 64

    @nn.compact
    def __call__(self, queries, documents):
        q = nn.Dense(self.dim)(nn.relu(nn.Dense(256)(queries)))
        d = nn.Dense(self.dim)(nn.relu(nn.Dense(256)(documents)))
        return jnp.matmul(q, d.T)


tower = TwoTower()


def loss_fn(params, queries, documents):
    scores = tower.apply({"params": params}, queries, documents)
    by_query = jnp.mean(-jnp.diagonal(jax.nn.log_softmax(scores, axis=1)))
    by_document = jnp.mean(-jnp.diagonal(jax.nn.log_softmax(scores, axis=0)))
    return (by_query + by_document) / 2


grad_fn = jax.grad(loss_fn)
optimizer = optax.adam(1e-3)
