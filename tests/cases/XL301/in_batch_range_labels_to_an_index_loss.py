"""Look-alike: a CLIP-style loss gives torch.arange(batch) targets (each image's own caption) to F.cross_entropy and tf.range ones to the sparse TensorFlow loss, both of class indices, must stay silent."""
import tensorflow as tf
import torch
import torch.nn.functional as F

image_emb = F.normalize(torch.randn(32, 256), dim=-1)
text_emb = F.normalize(torch.randn(32, 256), dim=-1)
logits = image_emb @ text_emb.t() / 0.07
targets = torch.arange(logits.size(0))
loss = (F.cross_entropy(logits, targets) + F.cross_entropy(logits.t(), targets)) / 2

scores = tf.matmul(tf.random.normal((16, 64)), tf.random.normal((16, 64)), transpose_b=True)
tf_loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.range(16), logits=scores)
