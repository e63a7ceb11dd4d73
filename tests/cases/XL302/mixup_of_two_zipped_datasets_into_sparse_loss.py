"""Bug: mixup mixes the one-hot rows of two zipped datasets; the sparse loss wants class indices."""
import numpy as np
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.cifar10.load_data()
x_train = x_train.astype("float32") / 255.0
y_train = tf.one_hot(y_train[:, 0], 10)
ds_one = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(1024).batch(64)
ds_two = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(1024).batch(64)


def mix_up(ds_one, ds_two, alpha=0.2):
    images_one, labels_one = ds_one
    images_two, labels_two = ds_two
    lam = float(np.random.beta(alpha, alpha))
    images = images_one * lam + images_two * (1 - lam)
    labels = labels_one * lam + labels_two * (1 - lam)
    return images, labels


train = tf.data.Dataset.zip((ds_one, ds_two)).map(mix_up, num_parallel_calls=tf.data.AUTOTUNE)
model = tf.keras.Sequential([
    tf.keras.layers.Conv2D(32, 3, activation="relu", input_shape=(32, 32, 3)),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(train, epochs=10)
