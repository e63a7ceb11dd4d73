"""Bug: flow_from_directory's default class_mode gives one-hot rows, but the head is one sigmoid unit."""
from keras.preprocessing.image import ImageDataGenerator
from keras.models import Sequential
from keras.layers import Conv2D, MaxPooling2D, Flatten, Dense

datagen = ImageDataGenerator(rescale=1.0 / 255)
train_generator = datagen.flow_from_directory("data/train", target_size=(150, 150), batch_size=16)
model = Sequential([
    Conv2D(32, (3, 3), activation="relu", input_shape=(150, 150, 3)),
    MaxPooling2D((2, 2)),
    Flatten(),
    Dense(1, activation="sigmoid"),  # expect: XL305
])
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
model.fit(train_generator, epochs=10)
