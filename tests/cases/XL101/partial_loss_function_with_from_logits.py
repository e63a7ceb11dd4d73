"""Bug: a Keras loss function given from_logits=True through functools.partial meets a softmax head."""
import functools

import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam",
              loss=functools.partial(tf.keras.losses.categorical_crossentropy, from_logits=True))  # expect: XL101

logits_model = tf.keras.Sequential([tf.keras.layers.Dense(10)])
logits_model.compile(optimizer="adam",
                     loss=functools.partial(tf.keras.losses.categorical_crossentropy, from_logits=True))
