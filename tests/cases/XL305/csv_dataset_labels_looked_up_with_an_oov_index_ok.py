"""Look-alike: the same CSV batches with a StringLookup of num_oov_indices=0, the three sentiments 0..2 for a 3-unit softmax, must stay silent."""
import keras
import tensorflow as tf
from keras import layers

reviews = tf.data.experimental.make_csv_dataset(
    "reviews.csv", batch_size=64, label_name="sentiment", num_epochs=1)
to_index = layers.StringLookup(vocabulary=["negative", "neutral", "positive"], num_oov_indices=0)
vectorize = layers.TextVectorization(max_tokens=20000, output_sequence_length=200)
train = reviews.map(lambda features, sentiment: (vectorize(features["text"]), to_index(sentiment)))
model = keras.Sequential([
    layers.Embedding(20000, 64),
    layers.GlobalAveragePooling1D(),
    layers.Dense(3, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(train, epochs=5)
