"""Bug: a two-output Keras model (a 37-class softmax and a sigmoid box) unpacked in a GradientTape loop, its softmax probabilities given to a loss built with from_logits=True; the box given to its own loss and a logits twin must stay silent."""
import tensorflow as tf

inputs = tf.keras.Input((224, 224, 3))
features = tf.keras.layers.GlobalAveragePooling2D()(
    tf.keras.layers.Conv2D(64, 3, activation="relu")(inputs))
breed = tf.keras.layers.Dense(37, activation="softmax")(features)
box = tf.keras.layers.Dense(4, activation="sigmoid")(features)
model = tf.keras.Model(inputs, [breed, box])

breed_logits = tf.keras.layers.Dense(37)(features)
twin = tf.keras.Model(inputs, [breed_logits, box])

class_loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL101
box_loss = tf.keras.losses.MeanSquaredError()
optimizer = tf.keras.optimizers.Adam()

for images, (breeds, boxes) in train_ds:
    with tf.GradientTape() as tape:
        breed_probs, predicted_box = model(images, training=True)
        loss = class_loss(breeds, breed_probs) + box_loss(boxes, predicted_box)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))

for images, (breeds, boxes) in train_ds:
    with tf.GradientTape() as tape:
        scores, predicted_box = twin(images, training=True)
        loss = class_loss(breeds, scores) + box_loss(boxes, predicted_box)
