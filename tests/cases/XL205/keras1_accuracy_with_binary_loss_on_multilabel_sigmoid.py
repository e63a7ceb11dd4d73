"""Look-alike: Keras 1 code, binary accuracy is the right measure of independent sigmoid labels must stay silent."""
from keras.layers import Dense
from keras.models import Sequential
from sklearn.preprocessing import MultiLabelBinarizer

Y_train = MultiLabelBinarizer().fit_transform(tags)
model = Sequential()
model.add(Dense(128, input_dim=300, activation="relu"))
model.add(Dense(20, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X_train, Y_train, nb_epoch=10)
