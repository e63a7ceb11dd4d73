"""Look-alike: iris with as many softmax units as target names must stay silent."""
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from tensorflow import keras

iris = load_iris()
X_train, X_test, y_train, y_test = train_test_split(iris["data"], iris["target"], test_size=0.2)
model = keras.Sequential([
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(len(iris.target_names), activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X_train, y_train, validation_data=(X_test, y_test))
