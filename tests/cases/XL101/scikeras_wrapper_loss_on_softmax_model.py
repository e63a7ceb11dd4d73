"""Bug: scikeras compiles the softmax model its build function returns with the wrapper's loss, a sparse cross-entropy told the outputs are logits."""
from scikeras.wrappers import KerasClassifier
from sklearn.datasets import load_iris
from sklearn.model_selection import GridSearchCV
from tensorflow import keras


def build_model(hidden=32):
    return keras.Sequential([
        keras.layers.Dense(hidden, activation="relu"),
        keras.layers.Dense(3, activation="softmax"),
    ])


X, y = load_iris(return_X_y=True)
clf = KerasClassifier(model=build_model, model__hidden=16, optimizer="adam",
                      loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
                      epochs=50, verbose=0)
search = GridSearchCV(clf, {"model__hidden": [16, 32]}, cv=3)
search.fit(X, y)
