"""Bug: a from_logits loss reaches a softmax head through a builder's **compile_kwargs and a layer's **options."""
import tensorflow as tf
from tensorflow import keras


def build(num_classes, **compile_kwargs):
    model = keras.Sequential([keras.layers.Dense(num_classes, activation="softmax")])
    model.compile(optimizer="adam", **compile_kwargs)
    return model


model = build(3, loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101

head = dict(activation="softmax")
classifier = tf.keras.Sequential([tf.keras.layers.Dense(10, **head)])
classifier.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
