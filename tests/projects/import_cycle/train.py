"""Bug: a sigmoid head from a module in an import cycle is trained with categorical cross-entropy."""
import keras
import numpy as np
from registry import build_mlp

labels = keras.utils.to_categorical(np.random.randint(0, 3, size=(300,)), 3)
model = build_mlp()
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL202
model.fit(np.random.rand(300, 8), labels)
