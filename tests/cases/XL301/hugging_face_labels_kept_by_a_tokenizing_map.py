"""Bug: AG News tokenized by ds.map(tokenize, batched=True), whose function never touches the label column, so its class indices reach categorical_crossentropy through to_tf_dataset; a map that writes the label column itself must stay silent."""
import tensorflow as tf
from datasets import load_dataset
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")
news = load_dataset("ag_news")


def tokenize(batch):
    return tokenizer(batch["text"], truncation=True, padding="max_length", max_length=128)


def tokenize_and_encode(batch):
    encoded = tokenizer(batch["text"], truncation=True, padding="max_length", max_length=128)
    encoded["label"] = [encode_topic(topic) for topic in batch["label"]]
    return encoded


tokenized = news.map(tokenize, batched=True, remove_columns=["text"])
train = tokenized["train"].to_tf_dataset(columns=["input_ids", "attention_mask"],
                                         label_cols="label", batch_size=32, shuffle=True)
model = tf.keras.Sequential([tf.keras.layers.Embedding(30522, 64),
                             tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(train, epochs=3)

encoded = news.map(tokenize_and_encode, batched=True)
twin_train = encoded["train"].to_tf_dataset(columns=["input_ids"], label_cols="label",
                                            batch_size=32)
twin = tf.keras.Sequential([tf.keras.layers.Embedding(30522, 64),
                            tf.keras.layers.GlobalAveragePooling1D(),
                            tf.keras.layers.Dense(4, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(twin_train, epochs=3)
