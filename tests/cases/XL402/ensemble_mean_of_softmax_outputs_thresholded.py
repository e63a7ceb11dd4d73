"""Bug: the mean of an ensemble's softmax outputs decoded with a 0.5 threshold."""
import numpy as np
from tensorflow import keras

model_a = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                            keras.layers.Dense(5, activation="softmax")])
model_b = keras.Sequential([keras.layers.Dense(32, activation="relu"),
                            keras.layers.Dense(5, activation="softmax")])
for model in (model_a, model_b):
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(x_train, y_train)

probs = np.mean([model_a.predict(x_test), model_b.predict(x_test)], axis=0)
predicted = (probs > 0.5).astype(int)  # expect: XL402
