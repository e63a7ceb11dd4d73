"""Look-alike: tf_flowers' five classes on a five-unit head, loaded with splits and info, must stay silent."""
import tensorflow as tf
import tensorflow_datasets as tfds

(train, val), info = tfds.load("tf_flowers", split=["train[:80%]", "train[80%:]"],
                               as_supervised=True, with_info=True)
model = tf.keras.Sequential([tf.keras.layers.GlobalAveragePooling2D(), tf.keras.layers.Dense(5)])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(train.batch(32), validation_data=val.batch(32))
