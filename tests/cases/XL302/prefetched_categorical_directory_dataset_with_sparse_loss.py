"""Bug: a directory dataset with categorical labels goes into sparse CE."""
import keras
train = keras.utils.image_dataset_from_directory("data/", label_mode="categorical")
train = train.prefetch(2)
model = keras.Sequential([keras.layers.Dense(4, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(train, epochs=3)
