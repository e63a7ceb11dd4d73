"""Bug: one-hot rows written by hand in a loop (results[i, label] = 1.) reach sparse_categorical_crossentropy; the same rows with categorical_crossentropy, and word vectors filled the same way, must stay silent."""
import numpy as np
from tensorflow.keras import layers, models
from tensorflow.keras.datasets import reuters

(train_data, train_labels), (test_data, test_labels) = reuters.load_data(num_words=10000)


def vectorize_sequences(sequences, dimension=10000):
    results = np.zeros((len(sequences), dimension))
    for i, sequence in enumerate(sequences):
        results[i, sequence] = 1.
    return results


def to_one_hot(labels, dimension=46):
    results = np.zeros((len(labels), dimension))
    for i, label in enumerate(labels):
        results[i, label] = 1.
    return results


x_train = vectorize_sequences(train_data)
one_hot_train_labels = to_one_hot(train_labels)

model = models.Sequential()
model.add(layers.Dense(64, activation="relu", input_shape=(10000,)))
model.add(layers.Dense(46, activation="softmax"))
model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x_train, one_hot_train_labels, epochs=20, batch_size=512)

twin = models.Sequential()
twin.add(layers.Dense(64, activation="relu", input_shape=(10000,)))
twin.add(layers.Dense(46, activation="softmax"))
twin.compile(optimizer="rmsprop", loss="categorical_crossentropy")
twin.fit(x_train, one_hot_train_labels, epochs=20, batch_size=512)
