"""Bug: Keras layer lists built by a comprehension, + and append end in softmax, compiled with from_logits=True."""
import tensorflow as tf

hidden = [tf.keras.layers.Dense(width, activation="relu") for width in (64, 32)]
model = tf.keras.Sequential(hidden + [tf.keras.layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101

layers = [tf.keras.layers.Flatten()]
layers.append(tf.keras.layers.Dense(10))
layers.append(tf.keras.layers.Activation("softmax"))
classifier = tf.keras.Sequential(layers)
classifier.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
