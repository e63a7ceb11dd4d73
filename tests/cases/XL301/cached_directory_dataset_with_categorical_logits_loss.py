"""Bug: a cached image_dataset_from_directory with its default integer labels meets CategoricalCrossentropy."""
import tensorflow as tf
train_ds = tf.keras.utils.image_dataset_from_directory("data/train", image_size=(180, 180), batch_size=32)
train_ds = train_ds.cache().prefetch(buffer_size=tf.data.AUTOTUNE)
model = tf.keras.Sequential([tf.keras.layers.Rescaling(1./255), tf.keras.layers.Flatten(), tf.keras.layers.Dense(5)])
model.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True), metrics=["accuracy"])  # expect: XL301
model.fit(train_ds, epochs=10)
