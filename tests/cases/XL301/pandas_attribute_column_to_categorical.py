"""Bug: a column read as an attribute (train.Survived) is class indices, but the loss is categorical."""
import pandas as pd
from tensorflow import keras

train = pd.read_csv("titanic/train.csv")
y = train.Survived
X = train.drop(["Survived", "Name", "Ticket"], axis=1).fillna(0)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(2, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam")  # expect: XL301
model.fit(X.values, y.values, epochs=10)
