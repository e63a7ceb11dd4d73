"""Look-alike: a map over tfds records keeps each record's class number: (N,) batches, must stay silent."""
import jax
import optax
import tensorflow_datasets as tfds
from flax import nnx

train = tfds.load("mnist", split="train")
train = train.map(lambda r: {"image": r["image"] / 255, "label": r["label"]}).shuffle(1024).batch(64)


class MLP(nnx.Module):
    def __init__(self, *, rngs: nnx.Rngs):
        self.hidden = nnx.Linear(784, 128, rngs=rngs)
        self.out = nnx.Linear(128, 10, rngs=rngs)

    def __call__(self, x):
        return self.out(nnx.relu(self.hidden(x.reshape(x.shape[0], -1))))


def loss_fn(model, batch):
    logits = model(batch["image"])
    loss = optax.softmax_cross_entropy_with_integer_labels(logits=logits, labels=batch["label"])
    return loss.mean()


model = MLP(rngs=nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)


@nnx.jit
def train_step(model, optimizer, batch):
    grads = nnx.grad(loss_fn)(model, batch)
    optimizer.update(model, grads)


for step, batch in enumerate(train.as_numpy_iterator()):
    train_step(model, optimizer, batch)
