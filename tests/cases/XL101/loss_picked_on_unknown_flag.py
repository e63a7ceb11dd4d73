"""Look-alike: a loss picked in if/else on an unknown flag must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
if args.logits:
    loss = keras.losses.CategoricalCrossentropy(from_logits=True)
else:
    loss = keras.losses.CategoricalCrossentropy()
model.compile(loss=loss)
