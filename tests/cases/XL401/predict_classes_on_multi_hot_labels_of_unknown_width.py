"""Bug: predict_classes on a sigmoid head as wide as a MultiLabelBinarizer's classes (its argmax)."""
from keras.layers import Dense, Dropout
from keras.models import Sequential
from sklearn.preprocessing import MultiLabelBinarizer

mlb = MultiLabelBinarizer()
y = mlb.fit_transform(df["tags"].str.split(","))

model = Sequential()
model.add(Dense(256, input_dim=5000, activation="relu"))
model.add(Dropout(0.5))
model.add(Dense(len(mlb.classes_), activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam")
model.fit(x, y, epochs=5)
predicted = model.predict_classes(x_test)  # expect: XL401
