"""Bug: binary logits predictions are thresholded at 0.5."""
import numpy as np
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation='relu'), tf.keras.layers.Dense(1)])
model.compile(optimizer='adam', loss=tf.keras.losses.BinaryCrossentropy(from_logits=True))
y_pred = model.predict(np.zeros((4, 8)))
y_pred_labels = (y_pred > 0.5).astype(int)  # expect: XL403
