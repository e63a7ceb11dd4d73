"""Bug: Keras 1 layer keywords (output_dim=, init=): "acc" with binary cross-entropy is binary accuracy on the 5-way softmax."""
from keras.layers import Dense
from keras.losses import binary_crossentropy
from keras.models import Sequential


def build(n_features):
    model = Sequential()
    model.add(Dense(output_dim=32, input_dim=n_features, init="uniform", activation="relu"))
    model.add(Dense(output_dim=5, init="uniform", activation="softmax"))
    model.compile(optimizer="adam", loss=binary_crossentropy, metrics=["acc"])  # expect: XL205
    return model
