"""Bug: a multi-output model with a list of losses gets one-hot labels for its sparse loss."""
import keras
inputs = keras.Input((64,))
digit = keras.layers.Dense(10, activation="softmax")(inputs)
box = keras.layers.Dense(4)(inputs)
model = keras.Model(inputs, [digit, box])
model.compile(loss=["sparse_categorical_crossentropy", "mse"])  # expect: XL302
model.fit(x, [keras.utils.to_categorical(y, 10), boxes])
