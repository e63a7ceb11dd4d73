"""Look-alike: a log loss computed by hand with np.log on sigmoid predictions at evaluation must stay silent."""
import numpy as np
from tensorflow import keras
(x_train, y_train), (x_test, y_test) = keras.datasets.imdb.load_data(num_words=10000)
model = keras.Sequential([keras.layers.Embedding(10000, 16), keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=2)
p = model.predict(x_test).ravel()
logloss = -np.mean(y_test * np.log(p) + (1 - y_test) * np.log(1 - p))
