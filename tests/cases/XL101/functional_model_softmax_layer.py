"""Bug: a functional model ending in a Softmax layer is compiled with a from_logits loss."""
from tensorflow import keras
inputs = keras.Input(shape=(32,))
x = keras.layers.Dense(10)(inputs)
outputs = keras.layers.Softmax()(x)
model = keras.Model(inputs, outputs)
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
