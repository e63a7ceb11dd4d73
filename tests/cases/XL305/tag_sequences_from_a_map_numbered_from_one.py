"""Bug: each sentence's tags are looked up in a map numbered from 1 and padded with the number of "O", so the targets hold 1..5, but the tagger has 5 units (0..4)."""
import numpy as np
from tensorflow import keras
from tensorflow.keras.preprocessing.sequence import pad_sequences

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
tag2idx = {tag: i + 1 for i, tag in enumerate(TAGS)}
sentences = np.load("sentences.npy", allow_pickle=True)
tags = np.load("tags.npy", allow_pickle=True)
y = pad_sequences([[tag2idx[t] for t in s] for s in tags], maxlen=50, padding="post",  # expect: XL305
                  value=tag2idx["O"])
model = keras.Sequential([
    keras.layers.Embedding(20000, 64, mask_zero=True),
    keras.layers.Bidirectional(keras.layers.LSTM(64, return_sequences=True)),
    keras.layers.Dense(len(TAGS), activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(sentences, y, epochs=3)
