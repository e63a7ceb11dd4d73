"""Bug: an equinox model trained on logits (optax.sigmoid_binary_cross_entropy), stepped by eqx.apply_updates in a jitted make_step that returns it, then decoded by rounding its raw outputs; the outputs rounded after jax.nn.sigmoid must stay silent."""
import equinox as eqx
import jax
import jax.numpy as jnp
import optax

model = eqx.nn.MLP(in_size=30, out_size="scalar", width_size=64, depth=2,
                   key=jax.random.PRNGKey(0))
optimizer = optax.adam(1e-3)
opt_state = optimizer.init(eqx.filter(model, eqx.is_array))


def loss_fn(model, x, y):
    return optax.sigmoid_binary_cross_entropy(jax.vmap(model)(x), y).mean()


@eqx.filter_jit
def make_step(model, opt_state, x, y):
    loss, grads = eqx.filter_value_and_grad(loss_fn)(model, x, y)
    updates, opt_state = optimizer.update(grads, opt_state)
    model = eqx.apply_updates(model, updates)
    return model, opt_state, loss


for step in range(500):
    model, opt_state, loss = make_step(model, opt_state, x_train, y_train)

predicted = jnp.round(jax.vmap(model)(x_test))  # expect: XL403
probabilities = jax.nn.sigmoid(jax.vmap(model)(x_test))
decided = jnp.round(probabilities)
