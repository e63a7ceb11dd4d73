"""Bug: the sigmoid outputs of five folds added into zeros, decoded by argmax."""
import numpy as np
from tensorflow import keras

N_FOLDS = 5
model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                          keras.layers.Dense(6, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")

test_probs = np.zeros((len(x_test), 6))
for fold in range(N_FOLDS):
    model.fit(x_folds[fold], y_folds[fold], epochs=3)
    test_probs += model.predict(x_test) / N_FOLDS
submission_labels = np.argmax(test_probs, axis=1)  # expect: XL401
