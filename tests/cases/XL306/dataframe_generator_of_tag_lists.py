"""Bug: a column of finding lists (df["Finding Labels"].str.split("|")) given as y_col to ImageDataGenerator.flow_from_dataframe with class_mode="categorical", which then yields multi-hot rows, trained with categorical cross-entropy."""
import pandas as pd
from tensorflow import keras
from tensorflow.keras.preprocessing.image import ImageDataGenerator

frame = pd.read_csv("Data_Entry_2017.csv")
frame["findings"] = frame["Finding Labels"].str.split("|")
generator = ImageDataGenerator(rescale=1 / 255.0).flow_from_dataframe(
    frame, directory="images", x_col="Image Index", y_col="findings",
    class_mode="categorical", target_size=(224, 224), batch_size=32)
model = keras.Sequential([
    keras.applications.DenseNet121(include_top=False, pooling="avg", input_shape=(224, 224, 3)),
    keras.layers.Dense(15, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(generator, epochs=10)
