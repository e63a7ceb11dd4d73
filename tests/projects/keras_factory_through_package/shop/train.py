"""Bug: the model from the package's builder ends in softmax; the loss expects logits."""
import numpy as np
from tensorflow import keras

from . import build_model

model = build_model(num_classes=5)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
model.fit(np.zeros((64, 32)), np.random.randint(0, 5, size=(64,)), epochs=2)
