"""Look-alike: an attribute column one-hot encoded with get_dummies before a categorical loss must stay silent."""
import pandas as pd
from tensorflow import keras

train = pd.read_csv("titanic/train.csv")
y = pd.get_dummies(train.Survived).values
X = train.select_dtypes("number").drop(columns=["Survived"]).values
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(2, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam")
model.fit(X, y, epochs=10)
print(train.shape, train.columns, train.describe())
