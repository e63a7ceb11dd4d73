"""Look-alike: each folder numbered by len(labels_index) as the dict grows (0, 1, ... 19, Keras' 20 Newsgroups example) then one-hot encoded for a 20-unit softmax, and a binary target made one column by pd.get_dummies(drop_first=True) for one sigmoid unit, must stay silent."""
import os

import numpy as np
import pandas as pd
from keras.layers import Dense, Input
from keras.models import Model
from keras.utils import to_categorical

texts, labels, labels_index = [], [], {}
for name in sorted(os.listdir("20_newsgroup")):
    label_id = len(labels_index)
    labels_index[name] = label_id
    for fname in sorted(os.listdir(os.path.join("20_newsgroup", name))):
        texts.append(open(os.path.join("20_newsgroup", name, fname)).read())
        labels.append(label_id)
y = to_categorical(np.asarray(labels))
x = np.load("sequences.npy")
inputs = Input(shape=(1000,))
model = Model(inputs, Dense(20, activation="softmax")(Dense(128, activation="relu")(inputs)))
model.compile(loss="categorical_crossentropy", optimizer="rmsprop")
model.fit(x, y)

sonar = pd.read_csv("sonar.csv", header=None)
target = pd.get_dummies(sonar[60], drop_first=True)
features = Input(shape=(60,))
binary = Model(features, Dense(1, activation="sigmoid")(Dense(60, activation="relu")(features)))
binary.compile(loss="binary_crossentropy", optimizer="adam")
binary.fit(sonar.drop(60, axis=1), target)
