"""Bug: a Keras 3 model ending in a softmax is trained in a JAX loop through model.stateless_call, with a cross-entropy told it gets logits."""
import jax
import keras
from keras import layers

model = keras.Sequential([keras.Input((784,)), layers.Dense(128, activation="relu"),
                          layers.Dense(10, activation="softmax")])
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL101
optimizer = keras.optimizers.Adam(1e-3)
optimizer.build(model.trainable_variables)


def compute_loss_and_updates(trainable_variables, non_trainable_variables, x, y):
    y_pred, non_trainable_variables = model.stateless_call(
        trainable_variables, non_trainable_variables, x, training=True)
    return loss_fn(y, y_pred), non_trainable_variables


grad_fn = jax.value_and_grad(compute_loss_and_updates, has_aux=True)
