"""Bug: a hand-written sweep loops over config dicts whose heads are all probabilities (softmax, sigmoid), each compiled with a from_logits=True loss."""
from tensorflow import keras

configs = [
    {"head": "softmax", "units": 64, "from_logits": True},
    {"head": "sigmoid", "units": 128, "from_logits": True},
]
for cfg in configs:
    model = keras.Sequential([keras.layers.Dense(cfg["units"], activation="relu"),
                              keras.layers.Dense(4, activation=cfg["head"])])
    model.compile(optimizer="adam",
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=cfg["from_logits"]))  # expect: XL101
