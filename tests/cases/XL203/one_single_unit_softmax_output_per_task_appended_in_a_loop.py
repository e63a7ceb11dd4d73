"""Bug: a yes/no output per attribute, appended in a loop, is Dense(1, activation="softmax"): each is constantly 1.0."""
import tensorflow as tf

ATTRIBUTES = load_attribute_names()

image = tf.keras.Input(shape=(64, 64, 3))
features = tf.keras.layers.GlobalAveragePooling2D()(tf.keras.layers.Conv2D(32, 3)(image))
heads = []
for attribute in ATTRIBUTES:
    heads.append(tf.keras.layers.Dense(1, activation="softmax", name=attribute)(features))  # expect: XL203
model = tf.keras.Model(inputs=image, outputs=heads)
model.compile(optimizer="adam", loss="binary_crossentropy")
