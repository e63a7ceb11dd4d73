"""Bug: a helper (a function, a tf.Module's __call__) returns tf.nn.softmax(...) to a Keras cross-entropy: run eagerly the loss clips the probabilities; inside a tf.function it reads the op's logits back, silent."""
import tensorflow as tf

W = tf.Variable(tf.zeros([64, 10]))
cce = tf.keras.losses.CategoricalCrossentropy()


def forward(x):
    return tf.nn.softmax(tf.matmul(x, W))  # expect: XL104


class Classifier(tf.Module):
    def __init__(self):
        self.w = tf.Variable(tf.zeros([64, 10]))

    def __call__(self, x):
        probs = tf.nn.softmax(tf.matmul(x, self.w))
        return probs


classifier = Classifier()


@tf.function
def traced_step(xb, yb):
    with tf.GradientTape() as tape:
        loss = cce(yb, forward(xb)) + cce(yb, classifier(xb))
    return loss


def eager_step(xb, yb):
    with tf.GradientTape() as tape:
        loss = cce(yb, forward(xb))
    return loss
