"""Bug: a multi-task Keras model whose softmax heads are made by a list comprehension over the tasks' class counts and applied by another one, compiled with one from_logits=True loss for every output."""
import keras
from keras import layers

TASK_CLASSES = (3, 5)
heads = [layers.Dense(n, activation="softmax") for n in TASK_CLASSES]
inputs = keras.Input((32,))
shared = layers.Dense(64, activation="relu")(inputs)
model = keras.Model(inputs, [head(shared) for head in heads])
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
