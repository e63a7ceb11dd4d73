"""Bug: a JAX batch (256, 20) times weights initialised as random normals scaled by 0.1 gives (256, 5) scores, and log_softmax over axis 0 normalises over the batch; column-major teaching code, classes on axis 0, must stay silent."""
import jax
import jax.numpy as jnp


def forward(params, X):
    return X @ params["W"] + params["b"]


def loss_fn(params, X, Y):
    log_probs = jax.nn.log_softmax(forward(params, X), axis=0)  # expect: XL105
    return -jnp.mean(jnp.sum(Y * log_probs, axis=1))


key = jax.random.PRNGKey(0)
params = {"W": jax.random.normal(key, (20, 5)) * 0.1, "b": jnp.zeros(5)}
X = jax.random.normal(key, (256, 20))
Y = jax.nn.one_hot(jax.random.randint(key, (256,), 0, 5), 5)
grads = jax.grad(loss_fn)(params, X, Y)

features = jax.random.normal(key, (20, 500))  # (features, m)
weights = jax.random.normal(key, (5, 20)) / 10
column_log_probs = jax.nn.log_softmax(weights @ features, axis=0)
