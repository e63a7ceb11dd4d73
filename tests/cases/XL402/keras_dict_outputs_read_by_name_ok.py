"""Look-alike: a Keras model with a dict of outputs; predict() gives a dict, the softmax genre head is decoded by argmax and the sigmoid moods head by a 0.5 threshold, must stay silent."""
import keras
import numpy as np
from keras import layers

features = keras.Input(shape=(128,), name="audio_embedding")
hidden = layers.Dense(256, activation="relu")(features)
outputs = {
    "genre": layers.Dense(10, activation="softmax", name="genre")(hidden),
    "moods": layers.Dense(6, activation="sigmoid", name="moods")(hidden),
}
model = keras.Model(features, outputs)
model.compile(optimizer="adam",
              loss={"genre": "sparse_categorical_crossentropy", "moods": "binary_crossentropy"})
model.fit(x_train, {"genre": genre_train, "moods": moods_train}, epochs=20)

predicted = model.predict(x_test)
genre = np.argmax(predicted["genre"], axis=1)
mood_flags = predicted["moods"] > 0.5
