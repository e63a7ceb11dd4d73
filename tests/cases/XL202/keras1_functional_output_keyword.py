"""Bug: Keras 1's Model(input=..., output=...) ends in five sigmoids trained with categorical cross-entropy."""
from keras.models import Model
from keras.layers import Input, Dense

inp = Input(shape=(20,))
h = Dense(64, activation="relu")(inp)
out = Dense(5, activation="sigmoid")(h)
model = Model(input=inp, output=out)
model.compile(loss="categorical_crossentropy", optimizer="adam")  # expect: XL202
model.fit(X, Y, nb_epoch=5)
