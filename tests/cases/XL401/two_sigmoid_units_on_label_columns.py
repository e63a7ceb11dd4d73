"""Bug: argmax over six sigmoid units trained with binary_crossentropy on label columns of a table (toxic comment tags); two sigmoid units on a table's two class columns (one of them set per row: a binary problem written as two columns) decoded by argmax must stay silent."""
import numpy as np
import pandas as pd
from tensorflow import keras

df = pd.read_csv("train.csv")
tags = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
x = np.load("embeddings.npy")

tagger = keras.Sequential([keras.Input((300,)), keras.layers.Dense(len(tags), activation="sigmoid")])
tagger.compile(optimizer="adam", loss="binary_crossentropy")
tagger.fit(x, df[tags].values, epochs=2)
top_tag = np.argmax(tagger.predict(x), axis=1)  # expect: XL401

classes = ["Normal", "Abnormal"]
screen = keras.Sequential([keras.Input((300,)), keras.layers.Dense(len(classes), activation="sigmoid")])
screen.compile(optimizer="adam", loss="binary_crossentropy")
screen.fit(x, df[classes].values, epochs=2)
predicted = np.argmax(screen.predict(x), axis=1)
