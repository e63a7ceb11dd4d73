"""Bug: a loss object is called with the logits first and the labels second."""
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(64)
opt = tf.keras.optimizers.Adam()
for x, y in ds:
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss = loss_fn(logits, y)  # expect: XL501
    opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
