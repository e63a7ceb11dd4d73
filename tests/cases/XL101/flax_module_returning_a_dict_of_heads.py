"""Bug: a flax detector returns a dict of heads; its class head is a softmax, given to optax's cross-entropy for logits."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn


class Detector(nn.Module):
    n_classes: int = 20

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        scores = nn.softmax(nn.Dense(self.n_classes)(x))
        boxes = nn.sigmoid(nn.Dense(4)(x))
        return {"cls": scores, "box": boxes}


model = Detector()
params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 512)))["params"]


def loss_fn(params, images, labels, targets):
    out = model.apply({"params": params}, images)
    cls_loss = optax.softmax_cross_entropy_with_integer_labels(out["cls"], labels).mean()  # expect: XL101
    box_loss = optax.l2_loss(out["box"], targets).mean()
    return cls_loss + box_loss
