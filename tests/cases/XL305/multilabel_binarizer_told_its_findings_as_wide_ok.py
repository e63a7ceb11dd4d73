"""Look-alike: the binarizer told the fourteen findings, a head of fourteen sigmoid units, must stay silent."""
import pandas as pd
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras

FINDINGS = ["Atelectasis", "Cardiomegaly", "Effusion", "Infiltration", "Mass", "Nodule",
            "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis",
            "Pleural_Thickening", "Hernia"]
frame = pd.read_csv("Data_Entry_2017.csv")
tags = frame["Finding Labels"].str.split("|")
binarizer = MultiLabelBinarizer(classes=FINDINGS)
y = binarizer.fit_transform(tags)
model = keras.Sequential([
    keras.Input((1024,)),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dense(len(FINDINGS), activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC()])
model.fit(features, y, epochs=10)
