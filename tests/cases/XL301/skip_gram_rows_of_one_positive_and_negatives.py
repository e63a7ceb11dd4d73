"""Look-alike: skip-gram rows of one positive context and its negatives, collected row by row, for a categorical loss must stay silent."""
import numpy as np
import tensorflow as tf

num_ns = 4


class Word2Vec(tf.keras.Model):
    def __init__(self, vocab_size, embedding_dim):
        super().__init__()
        self.target_embedding = tf.keras.layers.Embedding(vocab_size, embedding_dim)
        self.context_embedding = tf.keras.layers.Embedding(vocab_size, embedding_dim)

    def call(self, pair):
        target, context = pair
        return tf.einsum("be,bce->bc", self.target_embedding(target), self.context_embedding(context))


targets, contexts, labels = [], [], []
for target_word, context_word, negatives in skip_gram_examples:
    context = tf.concat([tf.constant([context_word], dtype="int64"), negatives], 0)
    label = tf.constant([1] + [0] * num_ns, dtype="int64")
    targets.append(target_word)
    contexts.append(context)
    labels.append(label)
targets, contexts, labels = np.array(targets), np.array(contexts), np.array(labels)

word2vec = Word2Vec(vocab_size=4096, embedding_dim=128)
word2vec.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))
word2vec.fit((targets, contexts), labels, epochs=20)
