"""Bug: AUC is measured on a logits head."""
import keras
model = keras.Sequential([keras.layers.Dense(1)])
model.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=[keras.metrics.AUC()])  # expect: XL403
