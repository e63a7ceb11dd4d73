"""Look-alike: LabelBinarizer on two classes gives one 0/1 column for a sigmoid unit; must stay silent."""
from sklearn.preprocessing import LabelBinarizer
from tensorflow import keras

y = LabelBinarizer().fit_transform(["spam", "ham", "ham", "spam"])
model = keras.Sequential([keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(features, y)
