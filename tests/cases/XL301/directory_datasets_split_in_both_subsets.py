"""Bug: image_dataset_from_directory(subset="both") unpacked into training and validation sets, and a generator reached through keras.preprocessing.image, give class indices to categorical_crossentropy; the one-hot twin must stay silent."""
import keras
from keras import layers

train_ds, val_ds = keras.utils.image_dataset_from_directory(
    "PetImages", validation_split=0.2, subset="both", seed=1337, image_size=(180, 180),
    batch_size=64, label_mode="int")
model = keras.Sequential([layers.Rescaling(1.0 / 255), layers.Flatten(),
                          layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(train_ds, epochs=25, validation_data=val_ds)

onehot_train, onehot_val = keras.utils.image_dataset_from_directory(
    "PetImages", validation_split=0.2, subset="both", seed=1337, image_size=(180, 180),
    label_mode="categorical")
twin = keras.Sequential([layers.Rescaling(1.0 / 255), layers.Flatten(),
                         layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
twin.fit(onehot_train, epochs=25, validation_data=onehot_val)

augment = keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255.0, horizontal_flip=True)
flowers = augment.flow_from_directory("flowers/train", target_size=(150, 150), class_mode="sparse")
clf = keras.Sequential([layers.Flatten(), layers.Dense(5, activation="softmax")])
clf.compile(optimizer="rmsprop", loss="categorical_crossentropy")  # expect: XL301
clf.fit(flowers, epochs=10)
