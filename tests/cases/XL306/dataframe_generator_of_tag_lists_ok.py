"""Look-alike: the same generator of finding lists trained with sigmoid outputs and binary cross-entropy, and a generator of one diagnosis per image (a plain column) with a softmax and categorical cross-entropy: both right, must stay silent."""
import pandas as pd
from tensorflow import keras
from tensorflow.keras.preprocessing.image import ImageDataGenerator

frame = pd.read_csv("Data_Entry_2017.csv")
frame["findings"] = frame["Finding Labels"].str.split("|")
images = ImageDataGenerator(rescale=1 / 255.0)
tags = images.flow_from_dataframe(frame, x_col="Image Index", y_col="findings",
                                  class_mode="categorical")
diagnoses = images.flow_from_dataframe(frame, x_col="Image Index", y_col="diagnosis",
                                       class_mode="categorical")

tagger = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(15, activation="sigmoid")])
tagger.compile(optimizer="adam", loss="binary_crossentropy")
tagger.fit(tags, epochs=10)

classifier = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(7, activation="softmax")])
classifier.compile(optimizer="adam", loss="categorical_crossentropy")
classifier.fit(diagnoses, epochs=10)
