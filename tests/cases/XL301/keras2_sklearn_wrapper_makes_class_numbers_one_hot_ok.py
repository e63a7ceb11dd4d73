"""Look-alike: Keras 2's KerasClassifier makes a column of class numbers one-hot for categorical_crossentropy, must stay silent."""
import pandas as pd
from keras.models import Sequential
from keras.layers import Dense
from keras.wrappers.scikit_learn import KerasClassifier
from sklearn.preprocessing import LabelEncoder

frame = pd.read_csv("iris.csv", header=None)
X = frame.values[:, 0:4].astype(float)
encoded = LabelEncoder().fit_transform(frame.values[:, 4])


def baseline_model():
    model = Sequential()
    model.add(Dense(8, input_dim=4, activation="relu"))
    model.add(Dense(3, activation="softmax"))
    model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model


estimator = KerasClassifier(build_fn=baseline_model, epochs=200, batch_size=5, verbose=0)
estimator.fit(X, encoded)
