"""Look-alike: temperature scaling divides the validation logits of a model ending in a linear Dense by a learnt tf.Variable and fits it with a from_logits=True loss, must stay silent."""
import tensorflow as tf
from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(10),
])
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(x_train, y_train, epochs=5)

outputs = model.predict(x_val)
temperature = tf.Variable(1.0)
nll = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = keras.optimizers.Adam(0.01)
for step in range(200):
    with tf.GradientTape() as tape:
        loss = nll(y_val, outputs / temperature)
    grads = tape.gradient(loss, [temperature])
    optimizer.apply_gradients(zip(grads, [temperature]))
