"""Bug: a five-unit sigmoid head is trained with categorical_crossentropy on one-hot labels."""
from keras.models import Sequential
from keras.layers import Dense
from keras.utils import to_categorical
import numpy as np
y = to_categorical(np.random.randint(0, 5, 100), 5)
model = Sequential()
model.add(Dense(32, activation='relu', input_dim=10))
model.add(Dense(5, activation='sigmoid'))
model.compile(loss='categorical_crossentropy', optimizer='sgd', metrics=['accuracy'])  # expect: XL202
model.fit(np.random.rand(100, 10), y)
