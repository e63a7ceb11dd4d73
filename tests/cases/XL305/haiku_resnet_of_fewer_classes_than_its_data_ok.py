"""Look-alike: a haiku ResNet50 built for CIFAR-100's hundred classes, its logits and labels in the right order for optax's integer-label loss, must stay silent."""
import haiku as hk
import optax
from keras.datasets import cifar100

(x_train, y_train), _ = cifar100.load_data()
y_train = y_train.reshape(-1)


def forward(images):
    return hk.nets.ResNet50(num_classes=100)(images, is_training=True)


model = hk.without_apply_rng(hk.transform_with_state(forward))


def loss_fn(params, state, images, labels):
    logits, state = model.apply(params, state, images)
    return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean(), state


loss_fn(params, state, x_train[:128], y_train[:128])
