"""Look-alike: findings split into a column per finding with Series.str.get_dummies(sep="|") and trained with sigmoid outputs and binary cross-entropy; a single-diagnosis column one-hot encoded with .str.get_dummies() and a softmax: both right, must stay silent."""
import pandas as pd
from tensorflow import keras

frame = pd.read_csv("Data_Entry_2017.csv")
findings = frame["Finding Labels"].str.get_dummies(sep="|").values
diagnosis = frame["dx"].str.get_dummies().values
images = load_images(frame["Image Index"])

tagger = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(15, activation="sigmoid")])
tagger.compile(optimizer="adam", loss="binary_crossentropy")
tagger.fit(images, findings, epochs=10)

classifier = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(7, activation="softmax")])
classifier.compile(optimizer="adam", loss="categorical_crossentropy")
classifier.fit(images, diagnosis, epochs=10)
