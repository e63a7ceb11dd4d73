import numpy as np
from tensorflow import keras

from . import config
from .config import CFG
from .models import build_model


def main():
    # five classes this time, and a from_logits loss, but the head keeps its softmax
    config.NUM_CLASSES = 5
    CFG["loss"]["from_logits"] = True
    data = np.load("sst5.npz")
    y = keras.utils.to_categorical(data["y"], 5)
    model = build_model()
    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(**CFG["loss"]))  # expect: XL101
    model.fit(data["x"], y, epochs=3)


main()
