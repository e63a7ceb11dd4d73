"""Bug: a wide & deep CTR model adds its wide and deep one-unit logits with layers.Add, then applies a sigmoid, and is compiled with a from_logits=True loss."""
import tensorflow as tf
from tensorflow.keras import layers

features = tf.keras.Input(shape=(40,), name="features")
wide = layers.Dense(1, name="wide")(features)
deep = layers.Dense(64, activation="relu")(features)
deep = layers.Dense(1, name="deep")(layers.Dense(32, activation="relu")(deep))
logit = layers.Add(name="logit")([wide, deep])
click = layers.Activation("sigmoid", name="click")(logit)
model = tf.keras.Model(features, click)
model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(from_logits=True))  # expect: XL101
