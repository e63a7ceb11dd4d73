"""Bug: IMDB's 0/1 labels, one per review, against two sigmoid units with binary_crossentropy (and torch's BCELoss on two units); one sigmoid unit, the same labels one-hot encoded for two units, sparse_categorical_crossentropy on a two-unit softmax, or a logistic regression written as x @ w with a weight vector (one score per sample) must stay silent."""
import jax
import jax.numpy as jnp
import optax
import torch
import torch.nn as nn
from tensorflow import keras

(x_train, y_train), _ = keras.datasets.imdb.load_data(num_words=5000)
x_train = keras.utils.pad_sequences(x_train, maxlen=200)


def classifier(units, activation):
    return keras.Sequential([
        keras.Input((200,)),
        keras.layers.Embedding(5000, 32),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(units, activation=activation),
    ])


two = classifier(2, "sigmoid")
two.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])  # expect: XL303
two.fit(x_train, y_train, epochs=3)

one = classifier(1, "sigmoid")
one.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
one.fit(x_train, y_train, epochs=3)

encoded = classifier(2, "sigmoid")
encoded.compile(optimizer="adam", loss="binary_crossentropy")
encoded.fit(x_train, keras.utils.to_categorical(y_train, 2), epochs=3)

exclusive = classifier(2, "softmax")
exclusive.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
exclusive.fit(x_train, y_train, epochs=3)

net = nn.Sequential(nn.Linear(200, 2), nn.Sigmoid())
targets = torch.tensor(y_train, dtype=torch.float32)
loss = nn.BCELoss()(net(torch.tensor(x_train, dtype=torch.float32)), targets)  # expect: XL303

samples = jax.random.normal(jax.random.PRNGKey(0), (256, 10))
labels = (samples[:, 0] > 0).astype(jnp.float32)
params = {"w": jnp.zeros(10), "b": jnp.zeros(())}
logits = samples @ params["w"] + params["b"]
loss = optax.sigmoid_binary_cross_entropy(logits, labels).mean()
