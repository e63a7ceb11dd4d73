"""Bug: the popped label column is one-hot encoded with get_dummies, then given to a sparse loss."""
import pandas as pd
import tensorflow as tf

df = pd.read_csv("penguins.csv")
labels = pd.get_dummies(df.pop("species"))
dataset = tf.data.Dataset.from_tensor_slices((df.values, labels.values)).batch(32)
model = tf.keras.Sequential([tf.keras.layers.Dense(3)])
model.compile(loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL302
              optimizer="adam")
model.fit(dataset)
