"""Bug: Keras 2's KerasClassifier fits the model its build_fn makes (four units) on three iris species."""
import pandas as pd
from keras.models import Sequential
from keras.layers import Dense
from keras.utils import np_utils
from keras.wrappers.scikit_learn import KerasClassifier
from sklearn.preprocessing import LabelEncoder

frame = pd.read_csv("iris.csv", header=None)
X = frame.values[:, 0:4].astype(float)
encoded = LabelEncoder().fit_transform(frame.values[:, 4])
dummy_y = np_utils.to_categorical(encoded, 3)


def baseline_model(hidden=8):
    model = Sequential()
    model.add(Dense(hidden, input_dim=4, activation="relu"))
    model.add(Dense(4, activation="softmax"))  # expect: XL305
    model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model


estimator = KerasClassifier(build_fn=baseline_model, hidden=16, epochs=200, batch_size=5, verbose=0)
estimator.fit(X, dummy_y)
