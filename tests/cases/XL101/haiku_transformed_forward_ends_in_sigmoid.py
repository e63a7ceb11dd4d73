"""Bug: a haiku forward function ends in jax.nn.sigmoid and its transformed apply feeds optax.sigmoid_binary_cross_entropy; the same network returning the raw scores must stay silent."""
import haiku as hk
import jax
import jax.numpy as jnp
import numpy as np
import optax

X = np.load("embeddings.npy")
y = np.load("sentiment.npy")


def forward(x):
    mlp = hk.Sequential([hk.Linear(128), jax.nn.relu, hk.Linear(1)])
    return jax.nn.sigmoid(mlp(x))


def scores(x):
    return hk.nets.MLP([128, 1])(x)


net = hk.without_apply_rng(hk.transform(forward))
plain = hk.transform(scores)
params = net.init(jax.random.PRNGKey(0), X[:1])
plain_params = plain.init(jax.random.PRNGKey(1), X[:1])


def loss(params, xb, yb):
    out = net.apply(params, xb).squeeze(-1)
    return optax.sigmoid_binary_cross_entropy(out, yb).mean()  # expect: XL101


def plain_loss(params, xb, yb):
    out = plain.apply(params, None, xb).squeeze(-1)
    return optax.sigmoid_binary_cross_entropy(out, yb).mean()


opt = optax.adamw(3e-4)
opt_state = opt.init(params)


@jax.jit
def update(params, opt_state, xb, yb):
    value, grads = jax.value_and_grad(loss)(params, xb, yb)
    updates, opt_state = opt.update(grads, opt_state, params)
    return optax.apply_updates(params, updates), opt_state, value


for step in range(2000):
    idx = np.random.randint(0, len(X), 256)
    params, opt_state, value = update(params, opt_state, X[idx], y[idx])
plain_grads = jax.grad(plain_loss)(plain_params, X[:256], y[:256])
