"""Bug: LabelEncoder indices split by train_test_split are fitted with categorical_crossentropy."""
import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from tensorflow import keras
df = pd.read_csv("data.csv")
y = LabelEncoder().fit_transform(df["species"])
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="species").values, y, test_size=0.2)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL301
model.fit(X_train, y_train, epochs=50, validation_data=(X_test, y_test))
