"""Bug: make_multilabel_classification targets on a softmax head (trained with MSE)."""
from sklearn.datasets import make_multilabel_classification
from keras.models import Sequential
from keras.layers import Dense, Activation

X, Y = make_multilabel_classification(n_samples=1000, n_features=20, n_classes=3)
model = Sequential()
model.add(Dense(20, input_dim=20, activation="relu"))
model.add(Dense(3))
model.add(Activation("softmax"))  # expect: XL306
model.compile(loss="mean_squared_error", optimizer="sgd")
model.fit(X, Y, epochs=20)
