"""Look-alike: Dense(10, **cfg), whose activation may come from cfg, must stay silent."""
import keras
cfg = load_config()
model = keras.Sequential([keras.layers.Dense(10, **cfg)])
model.compile(loss="categorical_crossentropy")
