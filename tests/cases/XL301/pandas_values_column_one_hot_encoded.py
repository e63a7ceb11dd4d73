"""Look-alike: the class column of a DataFrame's values, label-encoded then one-hot encoded, must stay silent."""
import pandas
from keras.models import Sequential
from keras.layers import Dense
from keras.utils import to_categorical
from sklearn.preprocessing import LabelEncoder

dataset = pandas.read_csv("iris.csv", header=None).to_numpy()
X = dataset[:, 0:4].astype(float)
encoded_Y = LabelEncoder().fit_transform(dataset[:, 4])
model = Sequential([Dense(8, input_dim=4, activation="relu"), Dense(3, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X, to_categorical(encoded_Y), epochs=200, batch_size=5)
