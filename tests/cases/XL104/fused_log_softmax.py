"""Look-alike: a fused tf.nn.log_softmax must stay silent."""
import tensorflow as tf
log_probs = tf.nn.log_softmax(logits)
loss = -tf.reduce_sum(y * log_probs, axis=-1)
