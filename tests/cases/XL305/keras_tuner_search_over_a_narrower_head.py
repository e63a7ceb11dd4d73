"""Bug: keras-tuner's search fits every trial's model on 7-class one-hot labels, but build(hp) always ends in a 6-unit softmax (only the hidden width is searched)."""
import keras
import keras_tuner as kt
import numpy as np

x = np.random.rand(500, 20)
y = keras.utils.to_categorical(np.random.randint(0, 7, size=500), 7)


def build_model(hp):
    model = keras.Sequential([
        keras.layers.Dense(hp.Int("units", 32, 256, step=32), activation="relu"),
        keras.layers.Dense(6, activation=hp.Fixed("head", "softmax")),  # expect: XL305
    ])
    model.compile(optimizer=keras.optimizers.Adam(hp.Choice("lr", [1e-2, 1e-3])),
                  loss="categorical_crossentropy", metrics=["accuracy"])
    return model


tuner = kt.RandomSearch(build_model, objective="val_accuracy", max_trials=10)
tuner.search(x, y, epochs=5, validation_split=0.2)
best = tuner.get_best_models(num_models=1)[0]
