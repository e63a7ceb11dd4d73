"""Bug: a Dense(1, activation='softmax') head is trained with binary_crossentropy."""
from keras.models import Sequential
from keras.layers import Dense, Dropout
model = Sequential()
model.add(Dense(64, input_dim=20, activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(1, activation='softmax'))  # expect: XL203
model.compile(loss='binary_crossentropy', optimizer='rmsprop', metrics=['accuracy'])
