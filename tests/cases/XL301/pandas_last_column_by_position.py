"""Bug: the last column (read by position) is class indices, and the loss is categorical."""
import pandas as pd
from tensorflow import keras

data = pd.read_csv("wine.csv", header=None)
X = data.iloc[:, :-1].values
y = data.iloc[:, -1].values
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)
