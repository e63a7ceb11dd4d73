"""Bug: flow_from_directory with class_mode="binary" gives one 0/1 label per image, but the model ends in two softmax units trained with binary cross-entropy."""
from tensorflow import keras

generator = keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255)
train = generator.flow_from_directory("data/train", target_size=(150, 150), class_mode="binary")
model = keras.Sequential([
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(2, activation="softmax"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])  # expect: XL303
model.fit(train, epochs=10)
