"""Look-alike: make_multilabel_classification targets on sigmoid outputs with BCE must stay silent."""
from sklearn.datasets import make_multilabel_classification
from keras.models import Sequential
from keras.layers import Dense

X, Y = make_multilabel_classification(n_samples=1000, n_features=20, n_classes=3)
model = Sequential([Dense(20, activation="relu"), Dense(3, activation="sigmoid")])
model.compile(loss="binary_crossentropy", optimizer="adam")
model.fit(X, Y, epochs=20)
