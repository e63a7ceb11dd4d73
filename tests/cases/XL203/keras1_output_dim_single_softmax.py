"""Bug: Keras 1 spelling, Dense(output_dim=1, activation="softmax"): softmax over one unit."""
from keras.models import Sequential
from keras.layers import Dense

model = Sequential()
model.add(Dense(output_dim=64, input_dim=100, init="uniform", activation="relu"))
model.add(Dense(output_dim=1, init="uniform", activation="softmax"))  # expect: XL203
model.compile(loss="binary_crossentropy", optimizer="sgd", metrics=["accuracy"])
model.fit(X_train, y_train, nb_epoch=10, batch_size=32)
