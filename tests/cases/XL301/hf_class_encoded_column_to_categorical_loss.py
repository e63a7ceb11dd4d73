"""Bug: a Hugging Face dataset's intent column is made class numbers (class_encode_column) and given by to_tf_dataset to a model compiled with categorical_crossentropy, which expects one-hot rows."""
import tensorflow as tf
from datasets import load_dataset

intents = load_dataset("csv", data_files={"train": "intents.csv"})["train"]
intents = intents.class_encode_column("intent")
n_intents = intents.features["intent"].num_classes

train = intents.to_tf_dataset(columns="embedding", label_cols="intent", batch_size=64, shuffle=True)
model = tf.keras.Sequential([
    tf.keras.layers.Dense(128, activation="relu"),
    tf.keras.layers.Dense(n_intents, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(train, epochs=10)
