"""Bug: a Keras softmax model trained in a GradientTape loop with tf.nn's logits loss."""
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28)),
    tf.keras.layers.Dense(128, activation="relu"),
    tf.keras.layers.Dense(10, activation="softmax"),
])
optimizer = tf.keras.optimizers.Adam()
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
y_onehot = tf.one_hot(y_train, 10)
dataset = tf.data.Dataset.from_tensor_slices((x_train / 255.0, y_onehot)).batch(64)

for images, labels in dataset:
    with tf.GradientTape() as tape:
        probs = model(images, training=True)
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=probs))  # expect: XL101
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
