"""Bug: labels mapped to 1..4 are fit fold by fold (rows picked by the fold's indices) to a four-unit softmax with a sparse loss, so class 4 has no unit."""
import pandas as pd
from sklearn.model_selection import StratifiedKFold
from tensorflow import keras

train = pd.read_csv("train.csv")
y = train["target"].map({"Class_1": 1, "Class_2": 2, "Class_3": 3, "Class_4": 4}).values  # expect: XL305
X = train.drop(columns="target").values

for fold, (train_rows, valid_rows) in enumerate(StratifiedKFold(5, shuffle=True).split(X, y)):
    model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                              keras.layers.Dense(4, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(X[train_rows], y[train_rows], validation_data=(X[valid_rows], y[valid_rows]))
