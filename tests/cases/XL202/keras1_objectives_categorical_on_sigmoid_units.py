"""Bug: Keras 1's keras.objectives categorical_crossentropy on four sigmoid units."""
from keras import objectives
from keras.layers.core import Dense
from keras.models import Sequential

model = Sequential()
model.add(Dense(16, input_dim=8, init="uniform", activation="relu"))
model.add(Dense(4, init="uniform", activation="sigmoid"))
model.compile(loss=objectives.categorical_crossentropy, optimizer="adam")  # expect: XL202
