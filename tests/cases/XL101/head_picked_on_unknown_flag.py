"""Look-alike: a head activation picked in if/else on an unknown flag must stay silent."""
import keras
activation = "softmax" if args.probs else None
model = keras.Sequential([keras.layers.Dense(10, activation=activation)])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
