"""Look-alike: the last column (read by position) with sparse_categorical_crossentropy must stay silent."""
import pandas as pd
from tensorflow import keras

data = pd.read_csv("wine.csv", header=None)
X = data.iloc[:, :-1].values
y = data.iloc[:, -1].values
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X, y)
