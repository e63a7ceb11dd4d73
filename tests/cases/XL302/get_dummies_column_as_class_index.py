"""Look-alike: one column of pd.get_dummies used as 0/1 class indices for a sparse loss must stay silent."""
import pandas as pd
import numpy as np
from tensorflow import keras
df = pd.read_csv("spam.csv")
y = pd.get_dummies(df["label"]).values[:, 1]   # 1 = spam
X = np.random.rand(len(df), 100)
model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=5)
