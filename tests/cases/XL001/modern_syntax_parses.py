"""Look-alike: recent syntax (match, walrus, positional-only parameters, parenthesised with) must stay silent."""
import contextlib
import tensorflow as tf


def make_loss(kind, /, smoothing=0.0):
    match kind:
        case "sparse":
            return tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        case "onehot" | "soft":
            return tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=smoothing)
        case _:
            raise ValueError(f"unknown loss {kind!r}")


model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28)),
    tf.keras.layers.Dense(128, activation="relu"),
    tf.keras.layers.Dense(10),
])
with (
    contextlib.suppress(KeyboardInterrupt),
    tf.device("/CPU:0"),
):
    model.compile(optimizer="adam", loss=make_loss("sparse"), metrics=["accuracy"])
    if (epochs := 5) > 0:
        (x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
        model.fit(x_train / 255.0, y_train, epochs=epochs)
