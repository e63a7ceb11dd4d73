"""Look-alike: the averaged member probabilities are logged before the NLL picks them, must stay silent."""
import jax
import jax.numpy as jnp
from flax import linen as nn


class Member(nn.Module):
    classes: int = 5

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(64)(x))
        return jax.nn.softmax(nn.Dense(self.classes)(x), axis=-1)


member = Member()


def ensemble_nll(member_params, x, y):
    probs = jnp.stack([member.apply({"params": p}, x) for p in member_params]).mean(0)
    return -jnp.mean(jnp.take_along_axis(jnp.log(probs + 1e-9), y[:, None], axis=-1))
