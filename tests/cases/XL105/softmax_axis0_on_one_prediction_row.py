"""Look-alike: tf.nn.softmax(axis=0) over the classes of one row of logits predictions must stay silent."""
import numpy as np
import tensorflow as tf
class_names = ['daisy', 'dandelion', 'roses', 'sunflowers', 'tulips']
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(5)])
model.compile(optimizer='adam', loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=['accuracy'])
predictions = model.predict(np.zeros((1, 180, 180, 3)))
score = tf.nn.softmax(predictions[0], axis=0)
print(class_names[np.argmax(score)], 100 * np.max(score))
