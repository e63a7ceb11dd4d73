"""Bug: a softmax applied by a Lambda layer (Keras: the function itself, or a lambda with a temperature; equinox: eqx.nn.Lambda in a Sequential, or an eqx.nn.MLP's final_activation under jax.vmap) reaches a loss on logits; Lambda layers that scale or take a column must stay silent."""
import equinox as eqx
import jax
import jax.numpy as jnp
import optax
import tensorflow as tf
from tensorflow import keras

TEMPERATURE = 2.0


def classifier(*head):
    return keras.Sequential([keras.Input((8,)), keras.layers.Dense(4), *head])


plain = classifier(keras.layers.Lambda(tf.nn.softmax))
plain.compile("adam", keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
tempered = classifier(keras.layers.Lambda(lambda t: tf.nn.softmax(t / TEMPERATURE, axis=-1)))
tempered.compile("adam", keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
scaled = classifier(keras.layers.Lambda(lambda t: t / TEMPERATURE))
scaled.compile("adam", keras.losses.CategoricalCrossentropy(from_logits=True))
first = classifier(keras.layers.Lambda(lambda t: t[:, :2]))
first.compile("adam", keras.losses.CategoricalCrossentropy(from_logits=True))

k1, k2 = jax.random.split(jax.random.PRNGKey(0))
stack = eqx.nn.Sequential([eqx.nn.Linear(784, 64, key=k1), eqx.nn.Lambda(jax.nn.relu),
                           eqx.nn.Linear(64, 10, key=k2), eqx.nn.Lambda(jax.nn.softmax)])
images = jnp.ones((4, 784))
labels = jnp.array([1, 2, 3, 4])
loss = optax.softmax_cross_entropy_with_integer_labels(jax.vmap(stack)(images), labels)  # expect: XL101
mlp = eqx.nn.MLP(784, 10, 128, 2, final_activation=jax.nn.softmax, key=k1)
loss = optax.softmax_cross_entropy_with_integer_labels(jax.vmap(mlp)(images), labels)  # expect: XL101
raw = eqx.nn.MLP(784, 10, 128, 2, key=k2)
loss = optax.softmax_cross_entropy_with_integer_labels(jax.vmap(raw)(images), labels)
