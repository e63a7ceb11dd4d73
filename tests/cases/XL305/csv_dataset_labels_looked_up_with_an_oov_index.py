"""Bug: review batches read by tf.data.experimental.make_csv_dataset (label_name="sentiment"), their labels mapped by a StringLookup that keeps index 0 for out-of-vocabulary, so the three sentiments are 1..3 against a 3-unit softmax."""
import keras
import tensorflow as tf
from keras import layers

reviews = tf.data.experimental.make_csv_dataset(
    "reviews.csv", batch_size=64, label_name="sentiment", num_epochs=1)
to_index = layers.StringLookup(vocabulary=["negative", "neutral", "positive"])
vectorize = layers.TextVectorization(max_tokens=20000, output_sequence_length=200)
train = reviews.map(lambda features, sentiment: (vectorize(features["text"]), to_index(sentiment)))  # expect: XL305
model = keras.Sequential([
    layers.Embedding(20000, 64),
    layers.GlobalAveragePooling1D(),
    layers.Dense(3, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(train, epochs=5)
