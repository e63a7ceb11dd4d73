"""Bug: the softmax predictions of predict_generator decoded with a 0.5 threshold."""
from keras.layers import Dense, Flatten
from keras.models import Sequential
from keras.preprocessing.image import ImageDataGenerator

test_generator = ImageDataGenerator(rescale=1.0 / 255).flow_from_directory(
    "data/test", target_size=(64, 64), class_mode=None, shuffle=False)
model = Sequential([Flatten(input_shape=(64, 64, 3)), Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
probs = model.predict_generator(test_generator, steps=10)
labels = (probs > 0.5).astype(int)  # expect: XL402
