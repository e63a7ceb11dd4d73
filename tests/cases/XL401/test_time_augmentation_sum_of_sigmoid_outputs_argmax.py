"""Bug: a multi-label sigmoid model's test-time augmented predictions, averaged, decoded by argmax."""
import numpy as np
from tensorflow import keras

model = keras.Sequential([
    keras.layers.Conv2D(32, 3, activation="relu", input_shape=(128, 128, 3)),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(17, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(x_train, y_train, epochs=10)

probs = (model.predict(x_test) + model.predict(x_test[:, :, ::-1])) / 2
tags = np.argmax(probs, axis=1)  # expect: XL401
