"""Look-alike: predict_classes (argmax) of a 10-class softmax model is the right decoder and must stay silent."""
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import to_categorical

model = Sequential()
model.add(Dense(128, input_dim=784, activation="relu"))
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X_train, to_categorical(y_train, 10), epochs=5)
classes = model.predict_classes(X_test)
