"""Bug: metric objects in a GradientTape loop read the logits of a model trained on logits (AUC without from_logits, BinaryAccuracy at 0.5); the same metrics told they get logits, or given sigmoid probabilities, must stay silent."""
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=10000)
dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(64)
model = tf.keras.Sequential([
    tf.keras.layers.Embedding(10000, 32),
    tf.keras.layers.GlobalAveragePooling1D(),
    tf.keras.layers.Dense(1),
])
loss_fn = tf.keras.losses.BinaryCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.Adam()
auc = tf.keras.metrics.AUC()
accuracy = tf.keras.metrics.BinaryAccuracy()
logit_auc = tf.keras.metrics.AUC(from_logits=True)
logit_accuracy = tf.keras.metrics.BinaryAccuracy(threshold=0.0)
probability_auc = tf.keras.metrics.AUC()

for texts, labels in dataset:
    with tf.GradientTape() as tape:
        logits = model(texts, training=True)
        loss = loss_fn(labels, logits)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    auc.update_state(labels, logits)  # expect: XL403
    accuracy(labels, logits)  # expect: XL403
    logit_auc.update_state(labels, logits)
    logit_accuracy.update_state(labels, logits)
    probability_auc.update_state(labels, tf.sigmoid(logits))
