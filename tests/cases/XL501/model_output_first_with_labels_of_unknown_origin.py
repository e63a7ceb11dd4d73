"""Bug: a model's own output passed where the labels go, with labels a function is given in the prediction slot (Keras, optax); two model outputs (distillation, also with a student not known here, or a policy kept in a variable), soft targets, keywords, the labels-first order, and a symmetric squared error must stay silent."""
import copy

import numpy as np
import optax
import tensorflow as tf
import torch
import torch.nn.functional as F
import flax.linen as nn

X = np.load("features.npy")
y = np.load("targets.npy")
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
teacher = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid")])


def train_step(x_batch, y_batch):
    with tf.GradientTape() as tape:
        y_hat = model(x_batch)
        loss = tf.keras.losses.binary_crossentropy(y_hat, y_batch)  # expect: XL501
        right = tf.keras.losses.binary_crossentropy(y_batch, y_hat)
        distill = tf.keras.losses.binary_crossentropy(teacher(x_batch), y_hat)
        squared = tf.keras.losses.mean_squared_error(y_hat, y_batch)
    return loss, right, distill, squared


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(10)(nn.relu(nn.Dense(64)(x)))


net = Classifier()


def loss_fn(params, images, labels):
    logits = net.apply(params, images)
    return optax.softmax_cross_entropy_with_integer_labels(labels, logits).mean()  # expect: XL501


def ordered_loss_fn(params, images, labels):
    logits = net.apply(params, images)
    return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()


teacher_net = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3))
student_net = torch.compile(copy.deepcopy(teacher_net))
inputs = torch.randn(4, 8)
soft = F.cross_entropy(student_net(inputs), teacher_net(inputs).softmax(-1))
keyword = F.cross_entropy(input=student_net(inputs), target=teacher_net(inputs).softmax(-1))
student_logits = student_net(inputs)
keras_student = tf.keras.models.load_model("student.keras")
kd = tf.keras.losses.categorical_crossentropy(teacher(X), keras_student(X))


def policy_step(states):
    old_probs = teacher(states)
    new_probs = keras_student(states)
    return tf.keras.losses.kl_divergence(old_probs, new_probs)
