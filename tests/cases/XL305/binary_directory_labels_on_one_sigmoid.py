"""Look-alike: flow_from_directory with class_mode="binary" on one sigmoid unit must stay silent."""
from keras.preprocessing.image import ImageDataGenerator
from keras.models import Sequential
from keras.layers import Conv2D, MaxPooling2D, Flatten, Dense

datagen = ImageDataGenerator(rescale=1.0 / 255)
train_generator = datagen.flow_from_directory("data/train", target_size=(150, 150), batch_size=16,
                                              class_mode="binary")
model = Sequential([
    Conv2D(32, (3, 3), activation="relu", input_shape=(150, 150, 3)),
    MaxPooling2D((2, 2)),
    Flatten(),
    Dense(1, activation="sigmoid"),
])
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
model.fit(train_generator, epochs=10)
