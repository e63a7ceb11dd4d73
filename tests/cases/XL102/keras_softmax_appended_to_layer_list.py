"""Look-alike: a softmax appended to a Keras layer list before Sequential(layers), with categorical_crossentropy, must stay silent."""
import keras

layers = [keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5)]
layers.append(keras.layers.Activation("softmax"))
model = keras.Sequential(layers)
model.compile(optimizer="adam", loss="categorical_crossentropy")

stack = [keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5)]
stack.insert(2, keras.layers.Softmax())
other = keras.Sequential(stack)
other.compile(optimizer="adam", loss="categorical_crossentropy")


def add_head(stack):
    stack.append(keras.layers.Activation("softmax"))


built = [keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5)]
add_head(built)
third = keras.Sequential(built)
third.compile(optimizer="adam", loss="categorical_crossentropy")
