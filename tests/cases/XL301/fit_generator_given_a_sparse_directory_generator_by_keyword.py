"""Bug: fit_generator(generator=...) of integer directory labels into categorical_crossentropy."""
from keras.layers import Dense, Flatten
from keras.models import Sequential
from keras.preprocessing.image import ImageDataGenerator

datagen = ImageDataGenerator(rescale=1.0 / 255)
train_generator = datagen.flow_from_directory(
    "data/flowers/train", target_size=(64, 64), batch_size=32, class_mode="sparse")

model = Sequential()
model.add(Flatten(input_shape=(64, 64, 3)))
model.add(Dense(128, activation="relu"))
model.add(Dense(5, activation="softmax"))
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit_generator(generator=train_generator, steps_per_epoch=100, epochs=10)
