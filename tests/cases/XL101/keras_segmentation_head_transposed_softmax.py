"""Look-alike: a U-Net decoder ends in a Conv2DTranspose with a softmax over the classes, compiled with a sparse cross-entropy on probabilities, must stay silent."""
import keras
from keras import layers

NUM_CLASSES = 3
inputs = keras.Input(shape=(128, 128, 3))
down = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(inputs)
down = layers.Conv2D(32, 3, strides=2, padding="same", activation="relu")(down)
up = layers.Conv2DTranspose(16, 3, strides=2, padding="same", activation="relu")(down)
outputs = layers.Conv2DTranspose(NUM_CLASSES, 3, strides=2, padding="same",
                                 activation="softmax")(up)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
