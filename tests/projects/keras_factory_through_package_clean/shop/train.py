"""Look-alike: the package's softmax model trained with a probability loss must stay silent."""
import numpy as np
from tensorflow import keras

from . import build_model

model = build_model(num_classes=5)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=False))
model.fit(np.zeros((64, 32)), np.random.randint(0, 5, size=(64,)), epochs=2)

logits_model = build_model(num_classes=5, final_activation=None)
logits_model.compile(optimizer="adam",
                     loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
