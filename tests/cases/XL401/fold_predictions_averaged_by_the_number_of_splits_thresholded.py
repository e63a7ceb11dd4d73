"""Look-alike: the multi-label fold predictions averaged by kf.get_n_splits() are decoded per label with a 0.5 threshold, must stay silent."""
import numpy as np
from sklearn.model_selection import KFold
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras

tags = [["rock", "pop"], ["jazz"], ["pop"], ["rock", "jazz", "blues"]] * 50
Y = MultiLabelBinarizer().fit_transform(tags)
X = np.random.rand(len(tags), 32)
X_test = np.random.rand(20, 32)
kf = KFold(n_splits=5, shuffle=True, random_state=0)
test_preds = np.zeros((len(X_test), Y.shape[1]))
for train_idx, _ in kf.split(X):
    model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                              keras.layers.Dense(Y.shape[1], activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    model.fit(X[train_idx], Y[train_idx], epochs=3, verbose=0)
    test_preds += model.predict(X_test)
tags_predicted = (test_preds / kf.get_n_splits()) > 0.5
