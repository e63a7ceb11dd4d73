"""Bug: logits reach SparseCategoricalCrossentropy() without from_logits in a custom training loop."""
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
loss_object = tf.keras.losses.SparseCategoricalCrossentropy()  # expect: XL102
opt = tf.keras.optimizers.Adam()
for epoch in range(5):
    for images, labels in ds:
        with tf.GradientTape() as tape:
            logits = model(images, training=True)
            loss = loss_object(labels, logits)
        opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
