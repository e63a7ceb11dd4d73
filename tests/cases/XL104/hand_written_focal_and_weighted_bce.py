"""Look-alike: hand-written focal and weighted binary cross-entropy losses taking K.log of a sigmoid output must stay silent."""
import tensorflow as tf
from tensorflow.keras import backend as K
from tensorflow.keras.datasets import imdb
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
def binary_focal_loss(y_true, y_pred, gamma=2.0, alpha=0.25):
    y_pred = K.clip(y_pred, K.epsilon(), 1. - K.epsilon())
    p_t = y_true * y_pred + (1 - y_true) * (1 - y_pred)
    return -K.mean(alpha * K.pow(1. - p_t, gamma) * K.log(p_t))
def weighted_bce(y_true, y_pred):
    return -K.mean(3.0 * y_true * K.log(y_pred) + (1 - y_true) * K.log(1 - y_pred))
(x_train, y_train), _ = imdb.load_data(num_words=10000)
model = Sequential([Dense(16, activation='relu', input_shape=(10000,)), Dense(1, activation='sigmoid')])
model.compile(optimizer='adam', loss=weighted_bce, metrics=['accuracy'])
model.fit(x_train, y_train, epochs=3)
