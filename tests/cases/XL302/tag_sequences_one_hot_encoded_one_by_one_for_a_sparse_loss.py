"""Bug: NER tag sequences one-hot encoded sentence by sentence, trained with a sparse loss."""
import numpy as np
from keras.layers import LSTM, Bidirectional, Dense, Embedding, Input, TimeDistributed
from keras.models import Model
from keras.preprocessing.sequence import pad_sequences
from keras.utils import to_categorical

n_tags = 17
y_idx = pad_sequences([[tag2idx[t] for t in sentence] for sentence in tag_lists],
                      maxlen=75, padding="post", value=tag2idx["O"])
y = [to_categorical(seq, num_classes=n_tags) for seq in y_idx]

words = Input(shape=(75,))
x = Embedding(input_dim=n_words, output_dim=50)(words)
x = Bidirectional(LSTM(100, return_sequences=True))(x)
out = TimeDistributed(Dense(n_tags, activation="softmax"))(x)
model = Model(words, out)
model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(X_train, np.array(y), batch_size=32, epochs=5)
