"""Bug: multi-hot genre targets are fitted with categorical_crossentropy on a softmax."""
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras
import numpy as np
genres = [["Action", "Sci-Fi"], ["Drama"], ["Comedy", "Romance"]]
mlb = MultiLabelBinarizer()
y = mlb.fit_transform(genres)
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(np.zeros((3, 100)), y)
