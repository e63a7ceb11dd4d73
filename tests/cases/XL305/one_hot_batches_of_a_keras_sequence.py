"""Bug: a keras PyDataset whose __getitem__ one-hot encodes each batch with a class-count constant feeds a softmax head of another width; the Sequence twin whose head matches must stay silent."""
import numpy as np
import keras
from keras import layers
from keras.utils import to_categorical

NUM_CLASSES = 38


class LeafBatches(keras.utils.PyDataset):
    def __init__(self, images, labels, batch_size=32, **kwargs):
        super().__init__(**kwargs)
        self.images, self.labels, self.batch_size = images, labels, batch_size

    def __len__(self):
        return len(self.images) // self.batch_size

    def __getitem__(self, index):
        lo, hi = index * self.batch_size, (index + 1) * self.batch_size
        return self.images[lo:hi] / 255.0, to_categorical(self.labels[lo:hi], NUM_CLASSES)


class LeafSequence(keras.utils.Sequence):
    def __init__(self, images, labels, batch_size=32):
        self.images, self.labels, self.batch_size = images, labels, batch_size

    def __len__(self):
        return len(self.images) // self.batch_size

    def __getitem__(self, index):
        lo, hi = index * self.batch_size, (index + 1) * self.batch_size
        return self.images[lo:hi] / 255.0, to_categorical(self.labels[lo:hi], NUM_CLASSES)


images, labels = np.load("leaves_x.npy"), np.load("leaves_y.npy")
model = keras.Sequential([keras.Input((64, 64, 3)), layers.Flatten(),
                          layers.Dense(26, activation="softmax")])  # expect: XL305
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(LeafBatches(images, labels), epochs=10)

twin = keras.Sequential([keras.Input((64, 64, 3)), layers.Flatten(),
                         layers.Dense(NUM_CLASSES, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
twin.fit(LeafSequence(images, labels), epochs=10)
