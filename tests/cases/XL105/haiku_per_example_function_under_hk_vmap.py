"""Bug: a batched haiku forward normalises over axis 0, the batch; the same softmax over axis 0 in a per-example function mapped with hk.vmap (axis 0 is its classes there) must stay silent."""
import haiku as hk
import jax
import jax.numpy as jnp


def batched(xs):
    logits = hk.nets.MLP([64, 10])(xs)
    return jax.nn.log_softmax(logits, axis=0)  # expect: XL105


def single(x):
    logits = hk.nets.MLP([64, 10])(x)
    return jax.nn.log_softmax(logits, axis=0)


def forward(xs):
    return hk.vmap(single, split_rng=False)(xs)


wrong = hk.without_apply_rng(hk.transform(batched))
right = hk.without_apply_rng(hk.transform(forward))
X = jax.random.normal(jax.random.PRNGKey(0), (32, 784))
y = jax.random.randint(jax.random.PRNGKey(1), (32,), 0, 10)


def loss(params, net):
    logp = net.apply(params, X)
    return -jnp.mean(jnp.sum(jax.nn.one_hot(y, 10) * logp, axis=-1))


loss(wrong.init(jax.random.PRNGKey(2), X), wrong)
loss(right.init(jax.random.PRNGKey(3), X), right)
