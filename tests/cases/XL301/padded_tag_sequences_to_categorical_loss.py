"""Bug: a tagger's tag ids padded with pad_sequences ((N, L) class indices) fitted with categorical cross-entropy on a TimeDistributed softmax; the same tags one-hot encoded, and sequences of one-hot rows padded, must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

sentences, tag_sequences = load_corpus("conll2003")
words = {w for s in sentences for w in s}
tags = sorted({t for seq in tag_sequences for t in seq})
word2idx = {w: i + 2 for i, w in enumerate(words)}
tag2idx = {t: i for i, t in enumerate(tags)}

X = keras.preprocessing.sequence.pad_sequences(
    [[word2idx[w] for w in s] for s in sentences], maxlen=75, padding="post")
Y = keras.preprocessing.sequence.pad_sequences(
    [[tag2idx[t] for t in seq] for seq in tag_sequences], maxlen=75, padding="post")


def tagger():
    return keras.Sequential([
        layers.Embedding(len(word2idx) + 2, 128, mask_zero=True),
        layers.Bidirectional(layers.LSTM(64, return_sequences=True)),
        layers.TimeDistributed(layers.Dense(len(tags), activation="softmax")),
    ])


model = tagger()
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])  # expect: XL301
model.fit(X, Y, batch_size=32, epochs=5, validation_split=0.1)

encoded = tagger()
encoded.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
encoded.fit(X, keras.utils.to_categorical(Y, len(tags)), batch_size=32, epochs=5)

sparse = tagger()
sparse.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
sparse.fit(X, Y, batch_size=32, epochs=5)

onehot_sequences = np.empty((len(tag_sequences),), dtype=list)
for i, seq in enumerate(tag_sequences):
    onehot_sequences[i] = keras.utils.to_categorical([tag2idx[t] for t in seq], num_classes=len(tags))
Y_onehot = keras.preprocessing.sequence.pad_sequences(onehot_sequences, maxlen=75)
padded_onehot = tagger()
padded_onehot.compile(loss="categorical_crossentropy", optimizer="adam")
padded_onehot.fit(X, Y_onehot, batch_size=32, epochs=5)
