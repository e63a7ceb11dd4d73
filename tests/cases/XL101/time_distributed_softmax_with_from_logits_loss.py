"""Bug: a TimeDistributed softmax head is compiled with a from_logits loss."""
from keras.models import Sequential
from keras.layers import Embedding, LSTM, TimeDistributed, Dense
import tensorflow as tf
model = Sequential()
model.add(Embedding(5000, 128))
model.add(LSTM(64, return_sequences=True))
model.add(TimeDistributed(Dense(5000, activation='softmax')))
model.compile(optimizer='adam', loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
