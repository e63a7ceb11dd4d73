"""Bug: a spektral GCN ends in a graph convolution with activation="softmax" and is compiled with from_logits=True."""
from spektral.datasets import Citation
from spektral.layers import GCNConv
from tensorflow.keras.layers import Dropout, Input
from tensorflow.keras.losses import CategoricalCrossentropy
from tensorflow.keras.models import Model

dataset = Citation("cora")
graph = dataset[0]
x_in = Input(shape=(dataset.n_node_features,))
a_in = Input((None,), sparse=True)
h = GCNConv(16, activation="relu")([x_in, a_in])
h = Dropout(0.5)(h)
out = GCNConv(dataset.n_labels, activation="softmax")([h, a_in])
model = Model(inputs=[x_in, a_in], outputs=out)
model.compile(optimizer="adam", loss=CategoricalCrossentropy(from_logits=True), weighted_metrics=["acc"])  # expect: XL101
