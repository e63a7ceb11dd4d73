"""Look-alike: a JAX policy gradient takes each action's log-probability (log_softmax) with take_along_axis, weights it by the returns and negates the mean, must stay silent."""
import jax
import jax.numpy as jnp


def policy(params, observations):
    hidden = jnp.tanh(observations @ params["w1"] + params["b1"])
    return jax.nn.log_softmax(hidden @ params["w2"] + params["b2"])


def surrogate(params, observations, actions, returns):
    action_probs = policy(params, observations)
    taken = jnp.take_along_axis(action_probs, actions[:, None], axis=1)[:, 0]
    return -jnp.mean(taken * returns)


grad_fn = jax.jit(jax.grad(surrogate))
