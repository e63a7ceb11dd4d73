"""Bug: a Softmax(axis=0) layer normalises over the batch before a categorical loss."""
from tensorflow import keras
from tensorflow.keras import layers
inp = keras.Input((32,))
x = layers.Dense(10)(inp)
out = layers.Softmax(axis=0)(x)  # expect: XL105
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss="categorical_crossentropy")
