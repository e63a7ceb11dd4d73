"""Bug: a functional model normalises with a softmax over the batch axis."""
import keras
inputs = keras.Input((16,))
outputs = keras.layers.Softmax(axis=0)(keras.layers.Dense(4)(inputs))  # expect: XL105
model = keras.Model(inputs, outputs)
