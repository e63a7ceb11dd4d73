"""Look-alike: only CIFAR-100's first 10 classes are kept (a mask) before the labels are one-hot encoded 10 wide for a 10-unit head, must stay silent."""
import keras

(x_train, y_train), _ = keras.datasets.cifar100.load_data()
keep = (y_train < 10).ravel()
x_small, y_small = x_train[keep], y_train[keep]
y = keras.utils.to_categorical(y_small, 10)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam")
model.fit(x_small, y, epochs=5)
