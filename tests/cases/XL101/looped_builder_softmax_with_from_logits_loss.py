"""Bug: a builder that adds layers in a loop ends in softmax and is compiled with from_logits=True."""
from tensorflow import keras
def build(n_layers, units, n_classes):
    model = keras.Sequential()
    model.add(keras.layers.Input(shape=(20,)))
    for i in range(n_layers):
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(0.2))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    return model
model = build(3, 64, 4)
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
