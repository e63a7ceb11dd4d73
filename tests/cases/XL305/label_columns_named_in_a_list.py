"""Bug: the labels are four columns of the table named in a list, but the softmax head has five units."""
import pandas as pd
import tensorflow as tf

NUM_CLASSES = 5
LABEL_COLUMNS = ["healthy", "multiple_diseases", "rust", "scab"]

train = pd.read_csv("train.csv")
images = tf.data.Dataset.from_tensor_slices(train["image_id"].values)
labels = train[LABEL_COLUMNS].values.astype("float32")

model = tf.keras.Sequential([
    tf.keras.applications.EfficientNetB0(include_top=False, pooling="avg"),
    tf.keras.layers.Dense(NUM_CLASSES, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(features, labels, epochs=10)
