"""Bug: CIFAR-100's labels (100 classes) are one-hot encoded 10 wide for a 10-unit head: jax.nn.one_hot turns every label past 9 into a row of zeros."""
import flax.linen as nn
import jax
import optax
from tensorflow import keras


class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = x.reshape((x.shape[0], -1))
        x = nn.relu(nn.Dense(256)(x))
        return nn.Dense(10)(x)  # expect: XL305


(x_train, y_train), _ = keras.datasets.cifar100.load_data()
model = Net()
params = model.init(jax.random.PRNGKey(0), x_train[:1] / 255.0)


def loss_fn(params, images, labels):
    logits = model.apply(params, images / 255.0)
    return optax.softmax_cross_entropy(logits, jax.nn.one_hot(labels, 10)).mean()


loss = loss_fn(params, x_train[:256], y_train[:256].ravel())
