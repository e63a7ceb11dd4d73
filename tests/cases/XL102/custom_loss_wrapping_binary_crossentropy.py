"""Look-alike: a custom loss wrapping binary_crossentropy on a sigmoid head must stay silent."""
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=10000)
def weighted_bce(y_true, y_pred):
    bce = tf.keras.losses.binary_crossentropy(y_true, y_pred)
    return tf.reduce_mean(bce * 2.0)
model = tf.keras.Sequential([tf.keras.layers.Embedding(10000, 16), tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss=weighted_bce, metrics=["accuracy"])
model.fit(x_train, y_train, epochs=3)
