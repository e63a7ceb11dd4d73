"""Bug: class numbers written into np.zeros(len(...)) reach CategoricalCrossentropy; one-hot rows written into np.zeros((2, num_classes)) by position (fake_y[0][0] = 1), TensorFlow's migration-debugging guide, must stay silent."""
import numpy as np
import tensorflow as tf

params = {"input_size": 3, "num_classes": 3}
fake_x = np.ones((2, params["input_size"]), dtype=np.float32)
fake_y = np.zeros((2, params["num_classes"]), dtype=np.int32)
fake_y[0][0] = 1
fake_y[1][1] = 1

model = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(params["num_classes"])])
loss_fn = tf.keras.losses.CategoricalCrossentropy(from_logits=True)
loss = loss_fn(fake_y, model(fake_x))

grades = np.load("grades.npy", allow_pickle=True)
y = np.zeros(len(grades), dtype=np.int64)
y[grades == "b"] = 1
y[grades == "c"] = 2
graded = tf.keras.losses.CategoricalCrossentropy(from_logits=True)  # expect: XL301
loss = graded(y, model(np.random.rand(len(grades), 3)))
