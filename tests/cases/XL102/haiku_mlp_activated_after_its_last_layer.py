"""Bug: `activate_final=True` puts haiku's relu after the MLP's last layer; the loss takes its log."""
import haiku as hk
import jax
import jax.numpy as jnp
import optax


def forward(x):
    mlp = hk.nets.MLP([128, 64, 1], activate_final=True)
    return mlp(x)[:, 0]


net = hk.without_apply_rng(hk.transform(forward))
optimizer = optax.adam(1e-3)


def loss_fn(params, x, y):
    p = net.apply(params, x)
    return -jnp.mean(y * jnp.log(p + 1e-7) + (1 - y) * jnp.log(1 - p + 1e-7))  # expect: XL102


@jax.jit
def update(params, opt_state, x, y):
    grads = jax.grad(loss_fn)(params, x, y)
    updates, opt_state = optimizer.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state
