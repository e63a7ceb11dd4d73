"""Look-alike: a Dense(1) regression head with MSE whose predictions are compared with 0.5 must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
model.fit(x, y)
print(model.predict(x) > 0.5)
