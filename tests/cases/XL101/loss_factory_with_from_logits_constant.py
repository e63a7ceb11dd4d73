"""Bug: a loss factory reads from_logits from a module constant set to True for a softmax head."""
import tensorflow as tf
FROM_LOGITS = True
def get_loss():
    return tf.keras.losses.CategoricalCrossentropy(from_logits=FROM_LOGITS)  # expect: XL101
def get_model(n):
    return tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(n, activation="softmax")])
def main():
    model = get_model(10)
    model.compile(optimizer="adam", loss=get_loss())
if __name__ == "__main__":
    main()
