"""Bug: Sequential.predict_classes takes the argmax of a 20-label sigmoid model: one tag per text."""
from keras.layers import Dense, Dropout
from keras.models import Sequential
from sklearn.preprocessing import MultiLabelBinarizer

binarizer = MultiLabelBinarizer()
Y_train = binarizer.fit_transform(train_tags)

model = Sequential()
model.add(Dense(256, input_dim=5000, activation="relu"))
model.add(Dropout(0.5))
model.add(Dense(20, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam")
model.fit(X_train, Y_train, epochs=5, batch_size=64)

predicted = model.predict_classes(X_test)  # expect: XL401
print(binarizer.classes_[predicted])
