"""Bug: a label map numbers the species 1..3, and a 3-unit head has no unit for class 3."""
import pandas as pd
from tensorflow import keras

SPECIES = {"setosa": 1, "versicolor": 2, "virginica": 3}
df = pd.read_csv("iris.csv")
df["species"] = df["species"].map(SPECIES)  # expect: XL305
X = df.drop("species", axis=1).values
y = df["species"].values
model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X, y, epochs=20)
