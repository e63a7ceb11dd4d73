"""Bug: MultiLabelBinarizer over lists of several tags gives multi-hot rows that reach categorical_crossentropy; the same binarizer over sets of one label each ([[c] for c in y], a column of class indices) gives one-hot rows and must stay silent."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras

frame = pd.read_csv("movies.csv")
genres = MultiLabelBinarizer().fit_transform(frame["genres"].str.split("|"))
model = keras.Sequential([keras.layers.Dense(20, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(np.load("plots.npy"), genres)

digits = np.random.randint(0, 10, 1000)
single = [[d] for d in digits]
onehot = MultiLabelBinarizer().fit_transform(single)
twin = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(np.random.rand(1000, 4), onehot)

column = MultiLabelBinarizer().fit_transform(digits.reshape(-1, 1))
third = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
third.compile(optimizer="adam", loss="categorical_crossentropy")
third.fit(np.random.rand(1000, 4), column)
