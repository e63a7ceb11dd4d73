"""Bug: labels one-hot encoded by Keras preprocessing layers (StringLookup and IntegerLookup with output_mode="one_hot", CategoryEncoding(output_mode="one_hot")) reach sparse_categorical_crossentropy; the same layers in "int" mode must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

SPECIES = ["adelie", "chinstrap", "gentoo"]
one_hot_names = layers.StringLookup(vocabulary=SPECIES, num_oov_indices=0, output_mode="one_hot")
one_hot_codes = layers.IntegerLookup(vocabulary=[3, 7, 9], num_oov_indices=0,
                                     output_mode="one_hot")
one_hot_indices = layers.CategoryEncoding(num_tokens=3, output_mode="one_hot")
index_names = layers.StringLookup(vocabulary=SPECIES, num_oov_indices=0)


names_model = keras.Sequential([layers.Dense(3, activation="softmax")])
names_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
names_model.fit(features, one_hot_names(species_names))
codes_model = keras.Sequential([layers.Dense(3, activation="softmax")])
codes_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
codes_model.fit(features, one_hot_codes(species_codes))
indices_model = keras.Sequential([layers.Dense(3, activation="softmax")])
indices_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
indices_model.fit(features, one_hot_indices(np.array(species_indices)))

twin = keras.Sequential([layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(features, index_names(species_names))
