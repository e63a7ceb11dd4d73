"""Bug: a Keras model with two outputs (a 4-class softmax for the weather, 7 sigmoid tags for the land) whose predictions are unpacked, or indexed, and the tags decoded by argmax; the weather decoded by argmax must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers


def build():
    inputs = keras.Input((128, 128, 3))
    features = layers.GlobalAveragePooling2D()(layers.Conv2D(32, 3, activation="relu")(inputs))
    weather = layers.Dense(4, activation="softmax", name="weather")(features)
    land = layers.Dense(7, activation="sigmoid", name="land")(features)
    model = keras.Model(inputs, [weather, land])
    model.compile(optimizer="adam", loss=["categorical_crossentropy", "binary_crossentropy"])
    model.fit(x_train, [y_weather, y_land], epochs=20)
    return model


model = build()
weather_probs, land_probs = model.predict(x_test)
land_tags = np.argmax(land_probs, axis=1)  # expect: XL401
predicted = model.predict(x_test)
top_tag = np.argmax(predicted[1], axis=-1)  # expect: XL401
weather_class = np.argmax(weather_probs, axis=1)
weather_again = predicted[0].argmax(axis=1)

