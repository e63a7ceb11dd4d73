"""Look-alike: a Keras 1 program (nb_epoch=, border_mode=) calls K.categorical_crossentropy(y_pred, y_true), Keras 1's backend order, and must stay silent."""
from keras import backend as K
from keras.layers import Activation, Convolution2D, Dense, Flatten
from keras.models import Sequential


def weighted_loss(y_true, y_pred):
    return 2.0 * K.categorical_crossentropy(y_pred, y_true)


model = Sequential()
model.add(Convolution2D(32, 3, 3, border_mode="same", input_shape=(1, 28, 28)))
model.add(Flatten())
model.add(Dense(10))
model.add(Activation("softmax"))
model.compile(loss=weighted_loss, optimizer="adadelta")
model.fit(X_train, Y_train, batch_size=128, nb_epoch=12)
