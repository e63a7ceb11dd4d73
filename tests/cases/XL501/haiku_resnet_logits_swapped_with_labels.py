"""Bug: a haiku ResNet18 (hk.nets.ResNet18, a Linear of num_classes logits at its end) transformed with hk.transform_with_state; its logits and the CIFAR-10 labels are passed to optax's integer-label loss in swapped order."""
import haiku as hk
import jax
import optax
from keras.datasets import cifar10

(x_train, y_train), _ = cifar10.load_data()
y_train = y_train.reshape(-1)


def forward(images, is_training):
    return hk.nets.ResNet18(num_classes=10)(images, is_training=is_training)


model = hk.transform_with_state(forward)


def loss_fn(params, state, rng, images, labels):
    logits, state = model.apply(params, state, rng, images, True)
    loss = optax.softmax_cross_entropy_with_integer_labels(labels, logits).mean()  # expect: XL501
    return loss, state


grads = jax.grad(loss_fn, has_aux=True)(params, state, rng, x_train[:128], y_train[:128])
