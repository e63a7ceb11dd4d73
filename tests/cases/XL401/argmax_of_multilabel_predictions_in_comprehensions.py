"""Bug: multi-label sigmoid predictions decoded by argmax inside list comprehensions."""
import numpy as np
from tensorflow import keras

tags = ["news", "sport", "tech", "music"]
model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                          keras.layers.Dense(4, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(x_train, y_train)
scores = model.predict(x_test)
labels = [tags[i] for i in np.argmax(scores, axis=1)]  # expect: XL401
per_row = [np.argmax(row) for row in scores]  # expect: XL401
kept = [[tags[j] for j, p in enumerate(row) if p > 0.5] for row in scores]
