"""Bug: flow_from_directory's default categorical labels are fitted with a sparse loss."""
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow.keras import layers, models
datagen = ImageDataGenerator(rescale=1./255, validation_split=0.2)
train_gen = datagen.flow_from_directory("dataset/", target_size=(128, 128), batch_size=32, subset="training")
model = models.Sequential([layers.Flatten(input_shape=(128, 128, 3)), layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])  # expect: XL302
model.fit(train_gen, epochs=10)
