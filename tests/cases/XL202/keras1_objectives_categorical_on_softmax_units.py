"""Look-alike: Keras 1's keras.objectives categorical_crossentropy on four softmax units must stay silent."""
from keras.layers.core import Dense
from keras.models import Sequential
from keras.objectives import categorical_crossentropy

model = Sequential()
model.add(Dense(16, input_dim=8, init="uniform", activation="relu"))
model.add(Dense(4, init="uniform", activation="softmax"))
model.compile(loss=categorical_crossentropy, optimizer="adam")
