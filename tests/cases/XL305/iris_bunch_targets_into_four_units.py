"""Bug: the three iris species are fitted on a four-unit softmax."""
from sklearn.datasets import load_iris
from tensorflow import keras

iris = load_iris()
X, y = iris.data, iris.target
model = keras.Sequential([
    keras.layers.Dense(16, activation="relu", input_shape=(4,)),
    keras.layers.Dense(4, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=50)
