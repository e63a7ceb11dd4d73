"""Look-alike: one-hot test labels kept for a report while evaluate() gets the indices must stay silent."""
from sklearn.metrics import roc_auc_score
from tensorflow import keras

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
y_test_onehot = keras.utils.to_categorical(y_test)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=1)
model.evaluate(x_test, y_test)
print(roc_auc_score(y_test_onehot, model.predict(x_test)))
