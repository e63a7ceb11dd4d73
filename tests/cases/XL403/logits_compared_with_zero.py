"""Look-alike: logits compared with 0 must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(1)])
model.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)])
labels = model.predict(x) > 0
