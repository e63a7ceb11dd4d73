"""Look-alike: a sigmoid and BCE multi-label model decoded by threshold must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(20, activation="sigmoid")])
model.compile(loss="binary_crossentropy", metrics=["accuracy"])
tags = model.predict(x) > 0.5
