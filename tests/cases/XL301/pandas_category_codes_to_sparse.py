"""Look-alike: category codes with sparse_categorical_crossentropy must stay silent."""
import pandas as pd
from tensorflow import keras

df = pd.read_csv("animals.csv")
labels = df["animal"].astype("category").cat.codes
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy())
model.fit(df[["weight", "height"]].values, labels)
