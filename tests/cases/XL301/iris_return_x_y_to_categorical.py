"""Bug: load_iris(return_X_y=True) gives class indices; the loss wants one-hot rows."""
from sklearn.datasets import load_iris
from tensorflow import keras

X, y = load_iris(return_X_y=True)
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)
