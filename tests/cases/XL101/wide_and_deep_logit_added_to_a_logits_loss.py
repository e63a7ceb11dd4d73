"""Look-alike: the wide & deep model's output is the sum of its two one-unit logits (layers.Add), compiled with a from_logits=True loss and an AUC told it gets logits, must stay silent."""
import tensorflow as tf
from tensorflow.keras import layers

features = tf.keras.Input(shape=(40,), name="features")
wide = layers.Dense(1, name="wide")(features)
deep = layers.Dense(1, name="deep")(layers.Dense(64, activation="relu")(features))
logit = layers.Add(name="logit")([wide, deep])
model = tf.keras.Model(features, logit)
model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=[tf.keras.metrics.AUC(from_logits=True, name="auc")])
