"""Look-alike: TF 1.2's tf.contrib.keras with binary_crossentropy on one sigmoid unit must stay silent."""
from tensorflow.contrib.keras import layers, models

model = models.Sequential()
model.add(layers.Dense(32, input_dim=8, activation="relu"))
model.add(layers.Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam")
