"""Bug: a code typed with a letter O names no rule, so the softmax head is still reported."""
import keras
from keras import layers

model = keras.Sequential([
    layers.Input(shape=(32,)),
    layers.Dense(5, activation="softmax"),
])
loss = keras.losses.CategoricalCrossentropy(from_logits=True)  # xentlint: ignore[XL1O1]  # expect: XL002, XL101
model.compile(optimizer="sgd", loss=loss)
