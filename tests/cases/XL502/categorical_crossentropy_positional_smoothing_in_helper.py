"""Bug: a compile helper passes its smoothing value positionally to CategoricalCrossentropy."""
from tensorflow import keras
def compile_model(model, smoothing=0.2):
    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(smoothing), metrics=["accuracy"])  # expect: XL502
    return model
m = compile_model(keras.Sequential([keras.layers.Dense(10, activation="softmax")]))
