"""Bug: the log of a softmax computed for a loss is unstable; the same log handed to a sampler (tf.random.categorical, jax.random.categorical, torch Categorical(logits=...)) draws nothing from an underflowed class, as it should, and must stay silent."""
import jax
import jax.numpy as jnp
import tensorflow as tf
import torch

lm = tf.keras.Sequential([tf.keras.layers.Embedding(5000, 64), tf.keras.layers.LSTM(128),
                          tf.keras.layers.Dense(5000)])


def sample_next(tokens, temperature=1.0):
    probs = tf.nn.softmax(lm(tokens) / temperature)
    return tf.random.categorical(tf.math.log(probs), num_samples=1)


def nll(tokens, targets):
    log_probs = tf.math.log(tf.nn.softmax(lm(tokens)))  # expect: XL104
    return -tf.reduce_mean(tf.gather(log_probs, targets, batch_dims=1))


def jax_sample(key, scores):
    return jax.random.categorical(key, jnp.log(jax.nn.softmax(scores / 0.7)))


def torch_sample(scores):
    dist = torch.distributions.Categorical(logits=torch.log(torch.softmax(scores, dim=-1)))
    return dist.sample()
