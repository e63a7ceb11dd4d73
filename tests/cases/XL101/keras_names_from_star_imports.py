"""Bug: Keras layers and losses imported with stars, a softmax head with from_logits=True."""
# Bug: old Keras code imports its layers and losses with stars; the softmax head still meets a loss
# with from_logits=True.
from keras.models import *
from keras.layers import *
from keras.losses import *
import numpy as np

x_train = np.random.rand(500, 32)
y_train = np.random.randint(0, 4, size=500)

model = Sequential()
model.add(Dense(64, activation="relu", input_shape=(32,)))
model.add(Dropout(0.3))
model.add(Dense(4, activation="softmax"))
model.compile(optimizer="adam",
              loss=SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
              metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)
