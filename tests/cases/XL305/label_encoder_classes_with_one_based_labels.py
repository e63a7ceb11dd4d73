"""Bug: labels from a LabelEncoder shifted to 1..C meet an output with len(encoder.classes_) units."""
import tensorflow as tf
from sklearn.preprocessing import LabelEncoder

encoder = LabelEncoder()
y = encoder.fit_transform(["cat", "dog", "bird", "cat"]) + 1  # expect: XL305
model = tf.keras.Sequential([tf.keras.layers.Dense(len(encoder.classes_), activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(tf.random.normal([4, 4]), y, epochs=10)
