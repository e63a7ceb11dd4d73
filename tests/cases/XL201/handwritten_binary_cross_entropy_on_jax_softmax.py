"""Bug: a binary cross-entropy written by hand on a softmax over multi-hot tags (JAX and torch)."""
# The same loss on a sigmoid stays silent.
import jax
import jax.numpy as jnp
import torch
from flax import linen as nn
from sklearn.preprocessing import MultiLabelBinarizer

tags = MultiLabelBinarizer().fit_transform([["a", "b"], ["c"], ["a", "c", "d"]])
x = jnp.ones((3, 8))


class Tagger(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(nn.relu(nn.Dense(32)(x)))


model = Tagger()
params = model.init(jax.random.PRNGKey(0), x)


def softmax_tags(params):
    p = jax.nn.softmax(model.apply(params, x))  # expect: XL201
    return -jnp.mean(tags * jnp.log(p + 1e-7) + (1 - tags) * jnp.log(1 - p + 1e-7))


def sigmoid_tags(params):
    p = jax.nn.sigmoid(model.apply(params, x))
    return -jnp.mean(tags * jnp.log(p + 1e-7) + (1 - tags) * jnp.log(1 - p + 1e-7))


softmax_tags(params)
sigmoid_tags(params)

net = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.Softmax(dim=1))  # expect: XL201
y = torch.tensor(tags, dtype=torch.float32)
out = net(torch.randn(3, 8))
loss = -(y * torch.log(out) + (1 - y) * torch.log(1 - out)).mean()  # expect: XL104
