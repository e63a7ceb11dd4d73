"""Bug: a tf_keras model imported by from-imports ends in Activation('softmax') under a from_logits loss."""
from tf_keras.layers import Dense, Activation
from tf_keras.models import Sequential
from tf_keras.losses import SparseCategoricalCrossentropy
model = Sequential()
model.add(Dense(10))
model.add(Activation("softmax"))
model.compile(loss=SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
