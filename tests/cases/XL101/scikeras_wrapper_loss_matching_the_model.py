"""Look-alike: scikeras wrappers whose loss matches the model (a softmax with a probability loss, logits with from_logits=True), and integer labels given with a categorical loss (scikeras one-hot encodes them), must stay silent."""
from scikeras.wrappers import KerasClassifier
from sklearn.datasets import load_iris
from tensorflow import keras


def softmax_model():
    return keras.Sequential([keras.layers.Dense(16, activation="relu"),
                             keras.layers.Dense(3, activation="softmax")])


def logits_model():
    return keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(3)])


X, y = load_iris(return_X_y=True)
KerasClassifier(model=softmax_model, loss="categorical_crossentropy", epochs=20).fit(X, y)
KerasClassifier(model=logits_model, epochs=20,
                loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True)).fit(X, y)
