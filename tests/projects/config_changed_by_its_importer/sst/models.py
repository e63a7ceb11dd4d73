from tensorflow import keras

from . import config
from .config import CFG


def build_model():
    settings = CFG["model"]
    return keras.Sequential([
        keras.layers.Embedding(settings["vocab_size"], settings["embed_dim"]),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(config.NUM_CLASSES, activation=settings["final_activation"]),
    ])
