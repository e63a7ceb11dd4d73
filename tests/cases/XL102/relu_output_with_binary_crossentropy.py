"""Bug: a Keras 2 model ending in Activation('relu') is trained with binary_crossentropy."""
from keras.models import Sequential
from keras.layers import Dense, Activation
model = Sequential()
model.add(Dense(64, input_dim=20))
model.add(Activation('relu'))
model.add(Dense(1))
model.add(Activation('relu'))
model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])  # expect: XL102
