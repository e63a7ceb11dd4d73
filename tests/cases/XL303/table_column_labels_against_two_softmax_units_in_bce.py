"""Bug: Titanic's Survived column, one value per passenger, shape (N,), meets a two-unit softmax head in binary_crossentropy."""
import pandas as pd
from tensorflow import keras

train = pd.read_csv("titanic/train.csv")
features = train[["Pclass", "Age", "SibSp", "Parch", "Fare"]].fillna(0).values
survived = train["Survived"].values
model = keras.Sequential([
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(2, activation="softmax"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])  # expect: XL303
model.fit(features, survived, epochs=20, validation_split=0.2)
