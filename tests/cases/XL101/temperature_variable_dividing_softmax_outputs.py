"""Bug: temperature scaling divides a softmax model's validation outputs by a learnt tf.Variable and fits it with a from_logits=True loss: the probabilities are taken for logits."""
import tensorflow as tf
from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)

outputs = model.predict(x_val)
temperature = tf.Variable(1.0)
nll = keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL101
optimizer = keras.optimizers.Adam(0.01)
for step in range(200):
    with tf.GradientTape() as tape:
        loss = nll(y_val, outputs / temperature)
    grads = tape.gradient(loss, [temperature])
    optimizer.apply_gradients(zip(grads, [temperature]))
