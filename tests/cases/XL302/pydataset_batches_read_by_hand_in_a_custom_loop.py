"""Bug: a custom loop reads a PyDataset's one-hot batches by hand and gives them to a sparse cross-entropy."""
import keras
import numpy as np
import tensorflow as tf


class SpectrogramBatches(keras.utils.PyDataset):
    def __init__(self, paths, labels, batch_size=32, **kwargs):
        super().__init__(**kwargs)
        self.paths, self.labels, self.batch_size = paths, labels, batch_size

    def __len__(self):
        return len(self.paths) // self.batch_size

    def __getitem__(self, index):
        part = slice(index * self.batch_size, (index + 1) * self.batch_size)
        x = np.stack([np.load(p) for p in self.paths[part]])
        y = keras.utils.to_categorical(self.labels[part], num_classes=10)
        return x, y


train_data = SpectrogramBatches(paths, labels)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10)])
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL302
optimizer = keras.optimizers.Adam()
for epoch in range(5):
    for xb, yb in train_data:
        with tf.GradientTape() as tape:
            loss = loss_fn(yb, model(xb, training=True))
        grads = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
    xb, yb = train_data[0]
