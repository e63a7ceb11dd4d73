from tensorflow import keras

from models import small_net

(x_train, y_train), _ = keras.datasets.mnist.load_data()
model = small_net()
model.fit(x_train.reshape(-1, 784) / 255.0, keras.utils.to_categorical(y_train, 10), epochs=5)
