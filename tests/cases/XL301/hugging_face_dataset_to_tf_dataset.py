"""Bug: a Hugging Face dataset turned into a tf.data pipeline by to_tf_dataset(label_cols="label") gives class indices to categorical_crossentropy; the sparse twin must stay silent."""
import tensorflow as tf
from datasets import load_dataset

raw = load_dataset("ag_news")
train_tf = raw["train"].to_tf_dataset(columns=["input_ids"], label_cols="label", batch_size=32,
                                      shuffle=True)
model = tf.keras.Sequential([tf.keras.layers.Embedding(30000, 64),
                             tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(train_tf, epochs=2)

twin = tf.keras.Sequential([tf.keras.layers.Embedding(30000, 64),
                            tf.keras.layers.GlobalAveragePooling1D(),
                            tf.keras.layers.Dense(4, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(raw["test"].to_tf_dataset(columns=["input_ids"], label_cols=["label"], batch_size=32))
