"""Bug: topic names numbered by a StringLookup layer (its default num_oov_indices=1 keeps index 0 for unknown values, so the topics are 1..3) trained on a 3-unit softmax with sparse_categorical_crossentropy; a lookup with num_oov_indices=0 must stay silent."""
import tensorflow as tf
from tensorflow.keras import layers

TOPICS = ["sport", "politics", "tech"]
topic_ids = layers.StringLookup(vocabulary=TOPICS)
exact_ids = layers.StringLookup(vocabulary=TOPICS, num_oov_indices=0)

articles = tf.data.Dataset.from_tensor_slices((embeddings, topic_names))
train = articles.map(lambda x, y: (x, topic_ids(y))).batch(32)  # expect: XL305
exact_train = articles.map(lambda x, y: (x, exact_ids(y))).batch(32)

model = tf.keras.Sequential([layers.Dense(64, activation="relu"),
                             layers.Dense(len(TOPICS), activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(train, epochs=5)

twin = tf.keras.Sequential([layers.Dense(64, activation="relu"),
                            layers.Dense(len(TOPICS), activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(exact_train, epochs=5)
