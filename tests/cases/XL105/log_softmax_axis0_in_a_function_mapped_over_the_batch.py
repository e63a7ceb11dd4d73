"""Bug: a flax model's log_softmax over axis 0 is the batch axis in a batched loss, but the classes in a function mapped by vmap (call, decorator or partial), where it must stay silent."""
import functools

import jax
import jax.numpy as jnp
import flax.linen as nn
import optax
import torch


class Classifier(nn.Module):
    num_classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        return nn.Dense(self.num_classes)(x)


model = Classifier()
params = model.init(jax.random.PRNGKey(0), jnp.ones((784,)))


def example_nll(params, image, label):
    logits = model.apply(params, image)
    return -jax.nn.log_softmax(logits, axis=0)[label]


def dataset_nll(params, images, labels):
    per_example = jax.vmap(example_nll, in_axes=(None, 0, 0))
    return jnp.mean(per_example(params, images, labels))


@jax.vmap
def example_probs(image):
    return jax.nn.softmax(model.apply(params, image), axis=0)


@functools.partial(jax.vmap, in_axes=(None, 0))
def example_log_probs(params, image):
    return jax.nn.log_softmax(model.apply(params, image), axis=0)


def batch_nll(params, images, labels):
    logits = model.apply(params, images)
    log_probs = jax.nn.log_softmax(logits, axis=0)  # expect: XL105
    return -jnp.mean(jnp.sum(jax.nn.one_hot(labels, 10) * log_probs, axis=-1))


head = torch.nn.Linear(64, 5)


def one_row(features):
    return torch.log_softmax(head(features), dim=0)


rows = torch.func.vmap(one_row)(torch.randn(32, 64))
