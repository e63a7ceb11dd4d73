"""Look-alike: an @hk.transform forward that returns logits, with optax's integer-label cross-entropy, must stay silent."""
import haiku as hk
import jax
import numpy as np
import optax


@hk.without_apply_rng
@hk.transform
def classifier(x):
    return hk.nets.MLP([128, 4])(x)


x = np.random.rand(64, 20).astype(np.float32)
y = np.random.randint(0, 4, size=64)
params = classifier.init(jax.random.PRNGKey(0), x)
logits = classifier.apply(params, x)
loss = optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()
probs = jax.nn.softmax(logits)
