"""Bug: in a training loop at a script's top level, the batch's labels (a loop variable) passed as the prediction and the model's output as the targets, to a Keras loss object and to F.cross_entropy; the arguments in order, and a student trained on its teacher's softmax, must stay silent."""
import tensorflow as tf
import torch
import torch.nn as nn
import torch.nn.functional as F

keras_model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"),
                                   tf.keras.layers.Dense(37)])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
for images, breeds in train_ds:
    with tf.GradientTape() as tape:
        logits = keras_model(images, training=True)
        loss = loss_fn(logits, breeds)  # expect: XL501
        loss = loss_fn(breeds, logits)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(784, 10)

    def forward(self, x):
        return self.fc(x.flatten(1))


model, teacher = Net(), Net()
for digits, targets in loader:
    loss = F.cross_entropy(targets, model(digits))  # expect: XL501
    loss = F.cross_entropy(model(digits), targets)
    loss = F.cross_entropy(model(digits), teacher(digits).softmax(dim=1))
