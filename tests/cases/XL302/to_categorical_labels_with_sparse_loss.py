"""Bug: to_categorical labels are fitted with sparse_categorical_crossentropy."""
import numpy as np
from keras.utils import to_categorical
from keras.models import Sequential
from keras.layers import Dense
labels = np.random.randint(0, 4, 1000)
y = to_categorical(labels, num_classes=4)
model = Sequential([Dense(32, activation="relu"), Dense(4, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])  # expect: XL302
model.fit(np.random.rand(1000, 8), y, epochs=3)
