"""Look-alike: a Keras attention pool whose Softmax(axis=1) normalises Dense(1) scores over the time steps must stay silent."""
from tensorflow.keras import layers, Model, Input
inp = Input(shape=(100, 64))
h = layers.LSTM(64, return_sequences=True)(inp)
e = layers.Dense(1, activation='tanh')(h)
a = layers.Softmax(axis=1)(e)
ctx = layers.Dot(axes=1)([a, h])
ctx = layers.Flatten()(ctx)
out = layers.Dense(3, activation='softmax')(ctx)
model = Model(inp, out)
model.compile(loss='sparse_categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
