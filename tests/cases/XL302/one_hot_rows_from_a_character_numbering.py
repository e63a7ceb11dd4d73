"""Bug: next-character targets one-hot encoded by hand through dict((c, i) for i, c in enumerate(chars)) reach sparse_categorical_crossentropy; the same targets with categorical_crossentropy must stay silent."""
import numpy as np
from keras.layers import LSTM, Dense
from keras.models import Sequential

text = open("corpus.txt").read().lower()
chars = sorted(list(set(text)))
char_indices = dict((c, i) for i, c in enumerate(chars))
maxlen = 40
sentences = [text[i: i + maxlen] for i in range(0, len(text) - maxlen, 3)]
next_chars = [text[i + maxlen] for i in range(0, len(text) - maxlen, 3)]

x = np.zeros((len(sentences), maxlen, len(chars)), dtype=bool)
y = np.zeros((len(sentences), len(chars)), dtype=bool)
for i, sentence in enumerate(sentences):
    for t, char in enumerate(sentence):
        x[i, t, char_indices[char]] = 1
    y[i, char_indices[next_chars[i]]] = 1

model = Sequential()
model.add(LSTM(128, input_shape=(maxlen, len(chars))))
model.add(Dense(len(chars), activation="softmax"))
model.compile(loss="sparse_categorical_crossentropy", optimizer="rmsprop")  # expect: XL302
model.fit(x, y, batch_size=128, epochs=60)

twin = Sequential()
twin.add(LSTM(128, input_shape=(maxlen, len(chars))))
twin.add(Dense(len(chars), activation="softmax"))
twin.compile(loss="categorical_crossentropy", optimizer="rmsprop")
twin.fit(x, y, batch_size=128, epochs=60)
