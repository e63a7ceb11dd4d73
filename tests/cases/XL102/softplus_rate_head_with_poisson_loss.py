"""Look-alike: a softplus rate head trained with the Poisson loss and a hand-computed Poisson NLL must stay silent."""
import numpy as np
from tensorflow import keras
X = np.random.rand(100, 5); y = np.random.poisson(3, 100)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="softplus")])
model.compile(optimizer="adam", loss="poisson")
model.fit(X, y)
rate = model.predict(X)
nll = np.mean(rate - y * np.log(rate))
