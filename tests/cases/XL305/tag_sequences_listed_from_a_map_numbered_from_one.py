"""Bug: np.array of each sentence's tags looked up in a map numbered from 1 gives 1..5 against a 5-unit tagger."""
import numpy as np
import keras
from keras import layers

tag2idx = {"O": 1, "B-PER": 2, "I-PER": 3, "B-LOC": 4, "I-LOC": 5}
sentences = np.load("tokens.npy", allow_pickle=True)
tag_lists = np.load("tags.npy", allow_pickle=True)
Y = np.array([[tag2idx[t] for t in s] for s in tag_lists])  # expect: XL305
model = keras.Sequential([layers.LSTM(32, return_sequences=True), layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(sentences, Y, epochs=2)
