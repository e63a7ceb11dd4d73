"""Bug: chest X-ray findings joined by "|" in one CSV column, split into a column per finding with Series.str.get_dummies(sep="|"), then trained with categorical cross-entropy: several findings per image are multi-hot targets."""
import pandas as pd
from tensorflow import keras

frame = pd.read_csv("Data_Entry_2017.csv")
targets = frame["Finding Labels"].str.get_dummies(sep="|")
images = load_images(frame["Image Index"])
model = keras.Sequential([
    keras.applications.DenseNet121(include_top=False, pooling="avg", input_shape=(224, 224, 3)),
    keras.layers.Dense(targets.shape[1], activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(images, targets.values, epochs=10)
