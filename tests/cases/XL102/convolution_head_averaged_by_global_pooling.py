"""Bug: a network-in-network classifier whose head is a 1x1 convolution with no activation, averaged by GlobalAveragePooling2D, trained with sparse_categorical_crossentropy (probabilities expected); the same head with a softmax over its channels must stay silent."""
from tensorflow import keras
from tensorflow.keras import layers


def nin_block(filters, kernel, activation):
    return [layers.Conv2D(filters, kernel, padding="same", activation="relu"),
            layers.Conv2D(filters, 1, activation="relu"),
            layers.Conv2D(filters, 1, activation=activation)]


model = keras.Sequential([keras.Input((32, 32, 3)), *nin_block(96, 5, "relu"),
                          layers.MaxPooling2D(3, strides=2), layers.Dropout(0.5),
                          layers.Conv2D(10, 1), layers.GlobalAveragePooling2D()])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL102
model.fit(x_train, y_train, epochs=10)

twin = keras.Sequential([keras.Input((32, 32, 3)), *nin_block(96, 5, "relu"),
                         layers.MaxPooling2D(3, strides=2), layers.Dropout(0.5),
                         layers.Conv2D(10, 1, activation="softmax"),
                         layers.GlobalAveragePooling2D()])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(x_train, y_train, epochs=10)
