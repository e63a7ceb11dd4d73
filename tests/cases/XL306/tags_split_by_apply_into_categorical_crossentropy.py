"""Bug: the space-separated tags, split by `apply`, make multi-hot rows; a softmax with categorical_crossentropy picks one."""
import pandas as pd
from tensorflow import keras

frame = pd.read_csv("train_v2.csv")
frame["tags"] = frame["tags"].apply(lambda tags: tags.split(" "))
frame["image_name"] = frame["image_name"] + ".jpg"
batches = keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255).flow_from_dataframe(
    frame, directory="train-jpg", x_col="image_name", y_col="tags", class_mode="categorical",
    target_size=(128, 128))
model = keras.Sequential([
    keras.layers.Input((128, 128, 3)),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(17, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(batches, epochs=5)
