"""Look-alike: one 0/1 label a review against one sigmoid unit, must stay silent."""
import tensorflow as tf

train = tf.keras.utils.text_dataset_from_directory(
    "aclImdb/train", class_names=["neg", "pos"], batch_size=32, seed=42)
vectorize = tf.keras.layers.TextVectorization(max_tokens=20_000, output_sequence_length=250)
vectorize.adapt(train.map(lambda text, label: text))
model = tf.keras.Sequential([
    vectorize,
    tf.keras.layers.Embedding(20_000, 64),
    tf.keras.layers.GlobalAveragePooling1D(),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(train, epochs=4)
