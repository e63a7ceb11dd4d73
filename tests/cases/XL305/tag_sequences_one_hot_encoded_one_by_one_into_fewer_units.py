"""Bug: tag sequences one-hot encoded over 10 tags, one sentence at a time, against 9 softmax units."""
import numpy as np
from keras.layers import Dense, Embedding, GRU, TimeDistributed
from keras.models import Sequential
from keras.utils import to_categorical

y = np.array([to_categorical(seq, num_classes=10) for seq in tag_ids])
model = Sequential([
    Embedding(5000, 64),
    GRU(64, return_sequences=True),
    TimeDistributed(Dense(9, activation="softmax")),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(X, y)
