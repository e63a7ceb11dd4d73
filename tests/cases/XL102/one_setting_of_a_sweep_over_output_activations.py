"""Bug: a sweep over output activations trains each setting, and the "linear" one reaches categorical_crossentropy; a sweep over pairs of an activation and its matching loss must stay silent."""
from keras.datasets import mnist
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import to_categorical

(x_train, y_train), _ = mnist.load_data()
x_train, y_train = x_train.reshape(-1, 784) / 255.0, to_categorical(y_train)
for output_activation in ["softmax", "linear"]:
    model = Sequential([Dense(128, activation="relu", input_shape=(784,)),
                        Dense(10, activation=output_activation)])
    model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL102
    model.fit(x_train, y_train, epochs=3)

for activation, loss in [("softmax", "categorical_crossentropy"), ("sigmoid", "binary_crossentropy")]:
    paired = Sequential([Dense(128, activation="relu", input_shape=(784,)),
                         Dense(10, activation=activation)])
    paired.compile(optimizer="adam", loss=loss)
    paired.fit(x_train, y_train, epochs=3)
