"""Bug: the TFRecord parsing function one-hot encodes 104 flower classes, but the softmax head has 100 units."""
import tensorflow as tf

NUM_CLASSES = 104
FEATURES = {"image": tf.io.FixedLenFeature([], tf.string), "class": tf.io.FixedLenFeature([], tf.int64)}


def read_labeled_tfrecord(example):
    example = tf.io.parse_single_example(example, FEATURES)
    image = tf.image.decode_jpeg(example["image"], channels=3)
    label = tf.one_hot(tf.cast(example["class"], tf.int32), depth=NUM_CLASSES)
    return image, label


files = tf.io.gfile.glob("gs://flowers/train/*.tfrec")
dataset = tf.data.TFRecordDataset(files).map(read_labeled_tfrecord).batch(64).prefetch(2)
model = tf.keras.Sequential([
    tf.keras.applications.Xception(include_top=False, pooling="avg"),
    tf.keras.layers.Dense(100, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(dataset, epochs=10)
