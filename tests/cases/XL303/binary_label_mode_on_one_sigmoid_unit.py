"""Look-alike: binary label modes (one 0/1 label per image) on one sigmoid unit with binary cross-entropy, and integer labels on two softmax units with a sparse loss, must stay silent."""
from tensorflow import keras

train = keras.utils.image_dataset_from_directory("PetImages", image_size=(150, 150), label_mode="binary")
flow = keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255).flow_from_directory(
    "data/train", target_size=(150, 150), class_mode="binary")
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(train, epochs=10)
model.fit(flow, epochs=10)

sparse_train = keras.utils.image_dataset_from_directory("PetImages", image_size=(150, 150))
two = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(2, activation="softmax")])
two.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
two.fit(sparse_train, epochs=10)
