"""Bug: (N,) labels meet a (N, 1) sigmoid output in binary_crossentropy inside a training loop."""
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=5000)
model = tf.keras.Sequential([tf.keras.layers.Embedding(5000, 16), tf.keras.layers.GlobalAveragePooling1D(), tf.keras.layers.Dense(1, activation="sigmoid")])
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)
opt = tf.keras.optimizers.Adam()
for xb, yb in ds:
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.keras.losses.binary_crossentropy(yb, model(xb)))  # expect: XL303
    opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
