"""Look-alike: class-index sequences stacked into (batch, time) targets, which are no (N, 1) column (torch.stack of slices of an encoded text, for cross-entropy over logits moved to (N, C, L); a TF1 integer placeholder of [None, seq_len] fed such batches, for the sparse op), must stay silent."""
import numpy as np
import tensorflow as tf
import torch
import torch.nn as nn
import torch.nn.functional as F

text = open("corpus.txt").read()
chars = sorted(set(text))
char_ids = {c: i for i, c in enumerate(chars)}
encoded = torch.tensor([char_ids[c] for c in text])


class CharModel(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, 64)
        self.rnn = nn.GRU(64, 128, batch_first=True)
        self.out = nn.Linear(128, vocab)

    def forward(self, x):
        hidden, _ = self.rnn(self.embed(x))
        return self.out(hidden)


model = CharModel(len(chars))
for step in range(100):
    starts = np.random.randint(0, len(encoded) - 65, 32)
    inputs = torch.stack([encoded[s:s + 64] for s in starts])
    targets = torch.stack([encoded[s + 1:s + 65] for s in starts])
    loss = F.cross_entropy(model(inputs).transpose(1, 2), targets)

token_ids = np.array([char_ids[c] for c in text], dtype=np.int32)
x_ph = tf.compat.v1.placeholder(tf.int32, [None, 64])
y_ph = tf.compat.v1.placeholder(tf.int32, [None, 64])
cell_out, _ = tf.compat.v1.nn.dynamic_rnn(
    tf.compat.v1.nn.rnn_cell.GRUCell(128),
    tf.nn.embedding_lookup(tf.compat.v1.get_variable("emb", [len(chars), 64]), x_ph),
    dtype=tf.float32)
logits = tf.compat.v1.layers.dense(cell_out, len(chars))
cost = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_ph, logits=logits))
with tf.compat.v1.Session() as sess:
    starts = np.random.randint(0, len(token_ids) - 65, 32)
    batch_y = np.stack([token_ids[s + 1:s + 65] for s in starts])
    sess.run(cost, {x_ph: np.stack([token_ids[s:s + 64] for s in starts]), y_ph: batch_y})
