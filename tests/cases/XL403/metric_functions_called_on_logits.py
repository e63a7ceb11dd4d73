"""Bug: metric functions called on a logits head's outputs: TF1's tf.metrics.auc (which asserts its predictions are in [0, 1]) and tf.keras.metrics.binary_accuracy (threshold 0.5); the same metrics on tf.sigmoid of the logits must stay silent."""
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, [None, 8])
y = tf.compat.v1.placeholder(tf.float32, [None, 1])
logits = tf.compat.v1.layers.dense(tf.compat.v1.layers.dense(x, 16, activation=tf.nn.relu), 1)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
auc, auc_update = tf.compat.v1.metrics.auc(labels=y, predictions=logits)  # expect: XL403
auc_ok, auc_ok_update = tf.compat.v1.metrics.auc(labels=y, predictions=tf.sigmoid(logits))

model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(1)])
loss_fn = tf.keras.losses.BinaryCrossentropy(from_logits=True)
for features, targets in train_ds:
    with tf.GradientTape() as tape:
        scores = model(features, training=True)
        batch_loss = loss_fn(targets, scores)
    accuracy = tf.reduce_mean(tf.keras.metrics.binary_accuracy(targets, scores))  # expect: XL403
    accuracy_ok = tf.reduce_mean(tf.keras.metrics.binary_accuracy(targets, tf.sigmoid(scores)))
