"""Bug: the one-hot rows a labelling function returns ([1, 0] for a cat, [0, 1] for a dog), kept with each image in a list and read back as [i[1] for i in train], reach sparse_categorical_crossentropy; the same rows with categorical_crossentropy, and rows of a list written out decoded by argmax, must stay silent."""
import os

import cv2
import numpy as np
from tensorflow import keras

TRAIN_DIR = "train"


def label_img(img):
    word_label = img.split(".")[-3]
    if word_label == "cat":
        return [1, 0]
    elif word_label == "dog":
        return [0, 1]


def create_train_data():
    training_data = []
    for img in os.listdir(TRAIN_DIR):
        label = label_img(img)
        image = cv2.resize(cv2.imread(os.path.join(TRAIN_DIR, img), cv2.IMREAD_GRAYSCALE), (50, 50))
        training_data.append([np.array(image), np.array(label)])
    return training_data


train = create_train_data()[:-500]
X = np.array([i[0] for i in train]).reshape(-1, 50, 50, 1)
Y = np.array([i[1] for i in train])


def convnet():
    return keras.Sequential([
        keras.Input((50, 50, 1)),
        keras.layers.Conv2D(32, 5, activation="relu"),
        keras.layers.Flatten(),
        keras.layers.Dense(2, activation="softmax"),
    ])


model = convnet()
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(X, Y, epochs=3)

twin = convnet()
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(X, Y, epochs=3)

rows = np.array([label_img(name) for name in ["cat.1.jpg", "dog.2.jpg", "cat.3.jpg"]])
tagger = keras.Sequential([keras.Input((8,)), keras.layers.Dense(2, activation="sigmoid")])
tagger.compile(optimizer="adam", loss="binary_crossentropy")
tagger.fit(np.random.rand(3, 8), rows)
predicted = tagger.predict(np.random.rand(3, 8)).argmax(axis=1)
