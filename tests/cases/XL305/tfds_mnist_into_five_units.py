"""Bug: TensorFlow Datasets' MNIST has ten classes; the head has five units."""
import tensorflow as tf
import tensorflow_datasets as tfds

train = tfds.load("mnist", split="train", as_supervised=True)
train = train.map(lambda image, label: (tf.cast(image, tf.float32) / 255.0, label)).batch(64)
model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28, 1)),
    tf.keras.layers.Dense(128, activation="relu"),
    tf.keras.layers.Dense(5),  # expect: XL305
])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(train, epochs=3)
