"""Look-alike: the Keras 3 model trained through model.stateless_call ends in raw scores, as its from_logits=True loss expects, must stay silent."""
import jax
import keras
from keras import layers

model = keras.Sequential([keras.Input((784,)), layers.Dense(128, activation="relu"),
                          layers.Dense(10)])
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def compute_loss_and_updates(trainable_variables, non_trainable_variables, x, y):
    y_pred, non_trainable_variables = model.stateless_call(
        trainable_variables, non_trainable_variables, x, training=True)
    return loss_fn(y, y_pred), non_trainable_variables


grad_fn = jax.value_and_grad(compute_loss_and_updates, has_aux=True)
