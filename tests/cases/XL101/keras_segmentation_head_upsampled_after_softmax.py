"""Bug: a Keras segmentation head (SeparableConv2D, softmax, then UpSampling2D back to the image size) gives probabilities, compiled with a from_logits=True loss."""
import keras
from keras import layers

NUM_CLASSES = 4
inputs = keras.Input(shape=(160, 160, 3))
x = layers.Conv2D(32, 3, strides=2, padding="same", activation="relu")(inputs)
x = layers.Conv2D(64, 3, strides=2, padding="same", activation="relu")(x)
x = layers.SeparableConv2D(NUM_CLASSES, 3, padding="same")(x)
x = layers.Activation("softmax")(x)
outputs = layers.UpSampling2D(size=4, interpolation="bilinear")(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
