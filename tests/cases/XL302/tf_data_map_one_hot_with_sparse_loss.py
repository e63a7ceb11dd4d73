"""Bug: labels one-hot encoded by a lambda in `Dataset.map`, trained with a sparse loss."""
# A named function passed to map() that keeps the class indices stays silent.
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train))
ds = ds.map(lambda x, y: (tf.cast(x, tf.float32) / 255.0, tf.one_hot(y, 10))).batch(32)

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])  # expect: XL302
model.fit(ds, epochs=3)


def preprocess(image, label):
    return tf.cast(image, tf.float32) / 255.0, label


kept = tf.data.Dataset.from_tensor_slices((x_train, y_train)).map(preprocess).batch(32)
indices_model = tf.keras.Sequential([
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(10, activation="softmax"),
])
indices_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
indices_model.fit(kept, epochs=3)
