"""Bug: the 'binary_accuracy' metric string thresholds a one-unit logits head at 0.5."""
from tensorflow import keras

inputs = keras.Input(shape=(160, 160, 3))
x = keras.applications.MobileNetV2(include_top=False, weights="imagenet")(inputs)
x = keras.layers.GlobalAveragePooling2D()(x)
outputs = keras.layers.Dense(1)(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(1e-4),
              loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=["binary_accuracy"])  # expect: XL403
