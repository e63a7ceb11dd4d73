"""Bug: tf.nn.softmax probabilities reach a Keras cross-entropy in eager code, or through another op (a reshape) in a traced one, where the loss clips them; the op's output as it comes inside @tf.function or tf.function(step), where Keras reads the logits back from the Softmax op, must stay silent."""
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input((32,)), tf.keras.layers.Dense(10)])
loss_object = tf.keras.losses.SparseCategoricalCrossentropy()


@tf.function
def eval_step(images, labels):
    logits = model(images, training=False)
    probs = tf.nn.softmax(logits)
    return tf.keras.losses.sparse_categorical_crossentropy(labels, probs)


@tf.function(jit_compile=True)
def train_step(images, labels):
    with tf.GradientTape() as tape:
        loss = loss_object(labels, tf.nn.softmax(model(images, training=True)))
    return tape.gradient(loss, model.trainable_variables)


@tf.function
def distributed_step(iterator):
    def step_fn(inputs):
        images, labels = inputs
        probs = tf.nn.softmax(model(images))
        return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, probs))

    return tf.distribute.get_strategy().run(step_fn, args=(next(iterator),))


def wrapped_step(images, labels):
    probs = tf.nn.softmax(model(images))
    return loss_object(labels, probs)


wrapped_step = tf.function(wrapped_step)


@tf.function
def reshaped_step(images, labels):
    probs = tf.nn.softmax(model(images))  # expect: XL104
    flat = tf.reshape(probs, [-1, 10])
    return loss_object(labels, flat)


def eager_step(images, labels):
    probs = tf.nn.softmax(model(images))  # expect: XL104
    return loss_object(labels, probs)
