"""Bug: LabelBinarizer one-hot encodes three classes; the loss wants class indices."""
from sklearn.preprocessing import LabelBinarizer
from tensorflow import keras

lb = LabelBinarizer()
y = lb.fit_transform(["cat", "dog", "bird", "dog", "cat"])
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(features, y)
