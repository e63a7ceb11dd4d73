"""Look-alike: label smoothing by keyword, and positional arguments that mean what they say, must stay silent."""
import keras
loss = keras.losses.CategoricalCrossentropy(label_smoothing=0.1)
other = keras.losses.CategoricalFocalCrossentropy(0.25)
flag = keras.losses.SparseCategoricalCrossentropy(True)
