"""Bug: predict_classes thresholds the single output at 0.5, but the model emits a logit (trained with from_logits=True)."""
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Dense(32, activation="relu", input_shape=(16,)),
    tf.keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(from_logits=True))
model.fit(x_train, y_train, epochs=10)
labels = model.predict_classes(x_test)  # expect: XL403
