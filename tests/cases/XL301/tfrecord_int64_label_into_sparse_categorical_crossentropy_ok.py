"""Look-alike: the int64 label of each TFRecord goes to the sparse loss, must stay silent."""
import tensorflow as tf

FEATURES = {
    "image": tf.io.FixedLenFeature([], tf.string),
    "target": tf.io.FixedLenFeature([], tf.int64),
}


def parse(record):
    example = tf.io.parse_single_example(record, FEATURES)
    image = tf.image.resize(tf.io.decode_jpeg(example["image"], channels=3), (224, 224)) / 255.0
    return image, example["target"]


train = tf.data.TFRecordDataset(tf.io.gfile.glob("train/*.tfrec")).map(parse).batch(64)
model = tf.keras.Sequential([
    tf.keras.applications.EfficientNetB0(include_top=False, pooling="avg"),
    tf.keras.layers.Dense(104, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train, epochs=5)
