"""Look-alike: predict_classes thresholds one sigmoid probability at 0.5, the right decision, and must stay silent."""
from keras.layers import Dense
from keras.models import Sequential

model = Sequential()
model.add(Dense(32, input_dim=16, activation="relu"))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=10)
labels = model.predict_classes(x_test)
