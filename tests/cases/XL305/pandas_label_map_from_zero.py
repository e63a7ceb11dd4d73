"""Look-alike: a label map numbering the species 0..2 for a 3-unit head must stay silent."""
import pandas as pd
from tensorflow import keras

df = pd.read_csv("iris.csv")
y = df["species"].map({"setosa": 0, "versicolor": 1, "virginica": 2}).to_numpy()
X = df.iloc[:, :4].values
model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X, y, epochs=20)
