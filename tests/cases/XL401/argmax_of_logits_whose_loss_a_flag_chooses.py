"""Look-alike: argmax of logits trained by a softmax loss or, behind a flag, a sigmoid loss built in a method, must stay silent."""
import tensorflow as tf


class TextClassifier:
    def __init__(self, num_classes, multi_label=False):
        self.num_classes = num_classes
        self.build()
        self.logits = tf.matmul(self.features, self.W)
        if multi_label:
            self.loss = self.multi_label_loss()
        else:
            self.loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=self.labels,
                                                                       logits=self.logits)
        self.predictions = tf.argmax(self.logits, axis=1)

    def build(self):
        self.W = tf.get_variable("W", shape=[300, self.num_classes])

    def multi_label_loss(self):
        return tf.nn.sigmoid_cross_entropy_with_logits(labels=self.multi_labels, logits=self.logits)


model = TextClassifier(10)
