"""Look-alike: the popped label column label-encoded for a sparse loss must stay silent."""
import pandas as pd
import tensorflow as tf
from sklearn.preprocessing import LabelEncoder

df = pd.read_csv("penguins.csv")
labels = LabelEncoder().fit_transform(df.pop("species"))
dataset = tf.data.Dataset.from_tensor_slices((df.values, labels)).batch(32)
model = tf.keras.Sequential([tf.keras.layers.Dense(3)])
model.compile(loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), optimizer="adam")
model.fit(dataset)
