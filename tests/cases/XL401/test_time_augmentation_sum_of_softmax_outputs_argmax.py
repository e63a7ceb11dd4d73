"""Look-alike: a softmax model's test-time augmented predictions, averaged, decoded by argmax must stay silent."""
import numpy as np
from tensorflow import keras

model = keras.Sequential([
    keras.layers.Conv2D(32, 3, activation="relu", input_shape=(128, 128, 3)),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(17, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=10)

probs = (model.predict(x_test) + model.predict(x_test[:, :, ::-1])) / 2
classes = np.argmax(probs, axis=1)
