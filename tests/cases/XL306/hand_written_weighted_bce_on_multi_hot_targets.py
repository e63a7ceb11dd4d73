"""Look-alike: a hand-written weighted binary cross-entropy on MultiLabelBinarizer targets and a sigmoid head must stay silent."""
import numpy as np
import tensorflow as tf
from sklearn.preprocessing import MultiLabelBinarizer
mlb = MultiLabelBinarizer()
y = mlb.fit_transform([["a", "b"], ["c"], ["a"]])
pos_weight = 2.0
def weighted_binary_crossentropy(y_true, y_pred):
    eps = 1e-7
    y_pred = tf.clip_by_value(y_pred, eps, 1.0 - eps)
    loss = -(pos_weight * y_true * tf.math.log(y_pred) + (1.0 - y_true) * tf.math.log(1.0 - y_pred))
    return tf.reduce_mean(loss)
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(3, activation="sigmoid")])
model.compile(optimizer="adam", loss=weighted_binary_crossentropy)
model.fit(np.random.rand(3, 20), y, epochs=5)
