"""Bug: the focal weight passed positionally to TensorFlow Addons' SigmoidFocalCrossEntropy lands in from_logits, so the loss reads the sigmoid outputs as logits."""
import tensorflow as tf
import tensorflow_addons as tfa

model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss=tfa.losses.SigmoidFocalCrossEntropy(0.25))  # expect: XL502
model.fit(features, labels, epochs=5)
