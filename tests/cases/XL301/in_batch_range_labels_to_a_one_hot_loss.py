"""Bug: a dual encoder's in-batch targets are tf.range(batch) class indices (each query's own passage), but softmax_cross_entropy_with_logits expects one-hot rows."""
import tensorflow as tf


def contrastive_loss(query_emb, passage_emb, temperature=0.05):
    logits = tf.matmul(query_emb, passage_emb, transpose_b=True) / temperature
    labels = tf.range(tf.shape(logits)[0])
    return tf.reduce_mean(
        tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))  # expect: XL301


loss = contrastive_loss(tf.random.normal((64, 128)), tf.random.normal((64, 128)))
