"""Bug: tfds' supervised pairs carry class indices, but the loss is categorical_crossentropy."""
import tensorflow as tf
import tensorflow_datasets as tfds

(train, test), info = tfds.load("cifar10", split=["train", "test"], as_supervised=True,
                                with_info=True)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(train.shuffle(1000).batch(64), validation_data=test.batch(64))
