"""Look-alike: label columns named in a list as many as the head's units (softmax with categorical cross-entropy, sigmoid with binary cross-entropy), and feature columns named in a list as the inputs, must stay silent."""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from tensorflow import keras

DISEASES = ["healthy", "multiple_diseases", "rust", "scab"]
TOXICITY = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
FEATURES = ["age", "fare", "sib_sp", "parch", "pclass"]

plants = pd.read_csv("plants.csv")
plant_model = keras.Sequential([keras.layers.Dense(len(DISEASES), activation="softmax")])
plant_model.compile(optimizer="adam", loss="categorical_crossentropy")
plant_model.fit(np.load("plant_features.npy"), plants[DISEASES].values)

comments = pd.read_csv("comments.csv")
toxic_model = keras.Sequential([keras.layers.Dense(6, activation="sigmoid")])
toxic_model.compile(optimizer="adam", loss="binary_crossentropy")
toxic_model.fit(np.load("comment_features.npy"), comments[TOXICITY].to_numpy())

passengers = pd.read_csv("titanic.csv")
inputs = torch.tensor(passengers[FEATURES].values, dtype=torch.float32)
survived = torch.tensor(passengers["Survived"].values, dtype=torch.float32)
net = nn.Sequential(nn.Linear(len(FEATURES), 16), nn.ReLU(), nn.Linear(16, 1))
loss = nn.BCEWithLogitsLoss()(net(inputs).squeeze(1), survived)
