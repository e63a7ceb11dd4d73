"""Bug: a directory dataset with its default int labels goes into categorical CE."""
import tensorflow as tf
train = tf.keras.preprocessing.image_dataset_from_directory("data/")
model = tf.keras.Sequential([tf.keras.layers.Dense(4, activation="softmax")])
model.compile(loss="categorical_crossentropy")  # expect: XL301
model.fit(train)
