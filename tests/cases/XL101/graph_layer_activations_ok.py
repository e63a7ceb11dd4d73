"""Look-alike: a graph convolution without an activation trained from logits, and an unlisted Keras layer with a softmax and a probability loss, must stay silent."""
import keras
from spektral.layers import GCNConv
from tensorflow.keras.layers import Input
from tensorflow.keras.losses import CategoricalCrossentropy
from tensorflow.keras.models import Model

x_in = Input(shape=(1433,))
a_in = Input((2708,), sparse=True)
h = GCNConv(16, activation="relu")([x_in, a_in])
out = GCNConv(7)([h, a_in])
model = Model(inputs=[x_in, a_in], outputs=out)
model.compile(optimizer="adam", loss=CategoricalCrossentropy(from_logits=True))

inputs = keras.Input(shape=(64,))
scores = keras.layers.EinsumDense("ab,bc->ac", output_shape=10, activation="softmax")(inputs)
tagger = keras.Model(inputs, scores)
tagger.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
