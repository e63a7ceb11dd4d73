"""Look-alike: `tf.one_hot(label, 6, axis=0)` of one sample's label in a dataset map is a (6,) row, must stay silent."""
import numpy as np
import tensorflow as tf

train_x = np.load("signs_train_x.npy")
train_y = np.load("signs_train_y.npy")


def one_hot_matrix(label, depth=6):
    return tf.reshape(tf.one_hot(label, depth, axis=0), shape=[depth, ])


train = tf.data.Dataset.from_tensor_slices((train_x, train_y))
train = train.map(lambda x, y: (tf.cast(x, tf.float32) / 255.0, one_hot_matrix(y)))
train = train.shuffle(1080).batch(32)
model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(64, 64, 3)),
    tf.keras.layers.Dense(25, activation="relu"),
    tf.keras.layers.Dense(6),
])
model.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))
model.fit(train, epochs=100)
