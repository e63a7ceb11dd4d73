"""Look-alike: labels reshaped with [:, np.newaxis] against a single-unit sigmoid output must stay silent."""
import numpy as np
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=10000)
model = tf.keras.Sequential([tf.keras.layers.Embedding(10000, 16), tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
opt = tf.keras.optimizers.Adam()
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)
for xb, yb in ds:
    with tf.GradientTape() as tape:
        preds = model(xb, training=True)
        loss = tf.reduce_mean(tf.keras.losses.binary_crossentropy(yb[:, np.newaxis], preds))
    grads = tape.gradient(loss, model.trainable_variables)
    opt.apply_gradients(zip(grads, model.trainable_variables))
