"""Look-alike: the flax detector's class head in its dict of heads gives raw scores, as optax's cross-entropy expects; the box head's sigmoid goes to a regression loss, must stay silent."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn


class Detector(nn.Module):
    n_classes: int = 20

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        return {"cls": nn.Dense(self.n_classes)(x), "box": nn.sigmoid(nn.Dense(4)(x))}


model = Detector()
params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 512)))["params"]


def loss_fn(params, images, labels, targets):
    out = model.apply({"params": params}, images)
    cls_loss = optax.softmax_cross_entropy_with_integer_labels(out["cls"], labels).mean()
    return cls_loss + optax.l2_loss(out["box"], targets).mean()
