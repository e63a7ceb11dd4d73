"""Bug: a custom loop updates BinaryAccuracy by hand with a 10-class softmax's predictions."""
import tensorflow as tf
from tensorflow import keras

model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
loss_fn = keras.losses.CategoricalCrossentropy()
optimizer = keras.optimizers.Adam()
train_acc = keras.metrics.BinaryAccuracy()
(x_train, y_train), _ = keras.datasets.mnist.load_data()
ds = tf.data.Dataset.from_tensor_slices((x_train / 255.0, keras.utils.to_categorical(y_train, 10)))
for xb, yb in ds.batch(64):
    with tf.GradientTape() as tape:
        preds = model(xb, training=True)
        loss = loss_fn(yb, preds)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    train_acc.update_state(yb, preds)  # expect: XL205
print(float(keras.metrics.binary_accuracy(yb, preds).numpy().mean()))  # expect: XL205
