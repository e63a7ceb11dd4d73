"""Bug: hk.transform of functools.partial(forward, num_classes=10), whose forward ends in a softmax, trained with optax's softmax cross-entropy; the logits network made the same way must stay silent."""
import functools

import haiku as hk
import jax
import jax.numpy as jnp
import optax


def forward(images, num_classes, probabilities):
    mlp = hk.nets.MLP([512, 256, num_classes])
    scores = mlp(images)
    return jax.nn.softmax(scores) if probabilities else scores


network = hk.without_apply_rng(hk.transform(functools.partial(forward, num_classes=10, probabilities=True)))
logits_network = hk.without_apply_rng(hk.transform(functools.partial(forward, num_classes=10, probabilities=False)))


def loss_fn(params, images, labels):
    probs = network.apply(params, images)
    return optax.softmax_cross_entropy(probs, jax.nn.one_hot(labels, 10)).mean()  # expect: XL101


def logits_loss_fn(params, images, labels):
    logits = logits_network.apply(params, images)
    return optax.softmax_cross_entropy(logits, jax.nn.one_hot(labels, 10)).mean()


grads = jax.grad(loss_fn)(params, batch_images, batch_labels)
logits_grads = jax.grad(logits_loss_fn)(params, batch_images, batch_labels)
