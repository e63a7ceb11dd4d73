"""Look-alike: a multi-label model decoded by a threshold for each finding, with argmax only naming the top finding for display, must stay silent."""
import numpy as np
from tensorflow import keras

FINDINGS = ["atelectasis", "cardiomegaly", "effusion", "infiltration", "mass", "nodule",
            "pneumonia", "pneumothorax", "consolidation", "edema", "emphysema", "fibrosis",
            "pleural_thickening", "hernia"]

backbone = keras.applications.DenseNet121(include_top=False, pooling="avg")
model = keras.Sequential([backbone, keras.layers.Dense(len(FINDINGS), activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC()])
model.fit(train_images, train_targets, epochs=10)

val_probs = model.predict(val_images)
thresholds = np.array([0.3] * len(FINDINGS))
predicted_sets = val_probs > thresholds
searched = np.load("best_thresholds.npy")
tuned_sets = val_probs >= searched
top_finding = val_probs.argmax(axis=1)
