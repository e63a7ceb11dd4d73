"""Bug: a noqa kept after the model was fixed now suppresses nothing."""
import keras
from keras import layers

model = keras.Sequential([
    layers.Input(shape=(784,)),
    layers.Dense(128, activation="relu"),
    layers.Dense(10),
])
model.compile(  # noqa: XL101  # expect: XL002
    optimizer="adam",
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
