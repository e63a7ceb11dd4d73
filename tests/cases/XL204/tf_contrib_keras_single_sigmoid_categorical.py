"""Bug: TF 1.2's tf.contrib.keras with categorical_crossentropy on one sigmoid unit."""
import tensorflow as tf

Sequential = tf.contrib.keras.models.Sequential
Dense = tf.contrib.keras.layers.Dense

model = Sequential()
model.add(Dense(32, input_dim=8, activation="relu"))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="categorical_crossentropy", optimizer="adam")  # expect: XL204
