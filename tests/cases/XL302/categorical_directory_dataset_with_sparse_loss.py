"""Bug: an image dataset with label_mode='categorical' is fitted with a sparse loss."""
import tensorflow as tf
train_ds = tf.keras.utils.image_dataset_from_directory("data", label_mode="categorical", image_size=(64, 64))
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(4)])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL302
model.fit(train_ds, epochs=3)
