"""Look-alike: the 'binary_accuracy' metric string on a one-unit sigmoid head must stay silent."""
from tensorflow import keras

inputs = keras.Input(shape=(160, 160, 3))
x = keras.applications.MobileNetV2(include_top=False, weights="imagenet")(inputs)
x = keras.layers.GlobalAveragePooling2D()(x)
outputs = keras.layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(1e-4),
              loss=keras.losses.BinaryCrossentropy(),
              metrics=["binary_accuracy"])
