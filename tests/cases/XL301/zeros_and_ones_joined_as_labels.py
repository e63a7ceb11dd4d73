"""Bug: labels made of ones for the positives and zeros for the negatives (np.concatenate([np.ones(len(pos)), np.zeros(len(neg))])) reach categorical_crossentropy, and so do grades written into np.zeros(len(df)); the same ones and zeros on one sigmoid with binary_crossentropy, and a weight vector of zeros, must stay silent."""
import numpy as np
import pandas as pd
from tensorflow import keras

pos = pd.read_csv("positive.csv")
neg = pd.read_csv("negative.csv")
X = np.vstack([pos.values, neg.values])
y = np.concatenate([np.ones(len(pos)), np.zeros(len(neg))])

model = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)

twin = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(1, activation="sigmoid")])
twin.compile(optimizer="adam", loss="binary_crossentropy")
twin.fit(X, y, sample_weight=np.ones(len(y)))

table = pd.read_csv("grades.csv")
grades = np.zeros(len(table))
grades[table.grade == "b"] = 1
grades[table.grade == "c"] = 2
graded = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(3, activation="softmax")])
graded.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
graded.fit(table.drop(columns=["grade"]).values, grades)

w = np.zeros(X.shape[1])
for _ in range(100):
    p = 1 / (1 + np.exp(-(X @ w)))
    w -= 0.1 * X.T @ (p - y) / len(y)
