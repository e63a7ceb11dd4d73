"""Look-alike: a flax train_step whose loss closure passes logits then the batch's labels must stay silent."""
import jax
import jax.numpy as jnp
import flax.linen as nn
import numpy as np
import optax
from flax.training import train_state


class TextClassifier(nn.Module):
    n_classes: int = 6

    @nn.compact
    def __call__(self, ids):
        x = nn.Embed(25000, 100)(ids)
        x = jnp.mean(x, axis=1)
        return nn.Dense(self.n_classes)(x)


model = TextClassifier()
params = model.init(jax.random.PRNGKey(0), jnp.zeros((1, 40), jnp.int32))["params"]
state = train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(1e-3))


@jax.jit
def train_step(state, batch):
    def loss_fn(params):
        logits = state.apply_fn({"params": params}, batch["ids"])
        return optax.softmax_cross_entropy_with_integer_labels(logits, batch["label"]).mean()

    loss, grads = jax.value_and_grad(loss_fn)(state.params)
    return state.apply_gradients(grads=grads), loss


for ids, labels in zip(np.load("ids.npy"), np.load("labels.npy")):
    state, loss = train_step(state, {"ids": ids, "label": labels})
