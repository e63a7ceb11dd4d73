"""Look-alike: Titanic's Survived column meets a one-unit sigmoid head in binary_crossentropy (Keras makes the (N,) labels (N, 1)), must stay silent."""
import pandas as pd
from tensorflow import keras

train = pd.read_csv("titanic/train.csv")
features = train[["Pclass", "Age", "SibSp", "Parch", "Fare"]].fillna(0).values
survived = train["Survived"].values
model = keras.Sequential([
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(features, survived, epochs=20, validation_split=0.2)
