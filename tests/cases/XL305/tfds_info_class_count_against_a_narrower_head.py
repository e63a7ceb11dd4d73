"""Bug: the one-hot width comes from tfds' info (cifar100: 100 classes); the head has ten units."""
import tensorflow as tf
import tensorflow_datasets as tfds

(train, test), info = tfds.load("cifar100", split=["train", "test"], as_supervised=True,
                                with_info=True)
num_classes = info.features["label"].num_classes


def prepare(image, label):
    return tf.cast(image, tf.float32) / 255.0, tf.one_hot(label, num_classes)


train = train.map(prepare).shuffle(10_000).batch(128).prefetch(tf.data.AUTOTUNE)
model = tf.keras.Sequential([
    tf.keras.layers.Conv2D(32, 3, activation="relu", input_shape=(32, 32, 3)),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(10, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(train, epochs=10)
