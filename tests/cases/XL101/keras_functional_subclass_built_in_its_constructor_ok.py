"""Look-alike: a Keras Model subclass builds its functional graph in __init__ and hands it to super().__init__(inputs, outputs); it ends in logits and is compiled with from_logits=True, must stay silent."""
import keras
from keras import layers


class PatchClassifier(keras.Model):
    def __init__(self, image_size=32, n_classes=10, **kwargs):
        images = keras.Input(shape=(image_size, image_size, 3))
        x = layers.Conv2D(64, 4, strides=4)(images)
        x = layers.Reshape((-1, 64))(x)
        x = layers.GlobalAveragePooling1D()(x)
        probabilities = layers.Dense(n_classes)(x)
        super().__init__(images, probabilities, **kwargs)
        self.image_size = image_size


model = PatchClassifier()
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(x_train, y_train, epochs=5)
