"""Look-alike: Keras 1 spelling, Dense(output_dim=1, activation="sigmoid") with binary cross-entropy, must stay silent."""
from keras.models import Sequential
from keras.layers import Dense

model = Sequential()
model.add(Dense(output_dim=64, input_dim=100, init="uniform", activation="relu"))
model.add(Dense(output_dim=1, init="uniform", activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="sgd", metrics=["accuracy"])
model.fit(X_train, y_train, nb_epoch=10, batch_size=32)
