"""Regressions: correct code that once drew a finding, bugs that were once missed, and inputs
that once crashed or hung the analyzer. Each case is a whole file, parsed for real."""
from __future__ import annotations
import signal
import textwrap

import libcst as cst
import pytest

from xentlint.pipeline.analyze import analyze_module as analyze


def codes(source: str) -> list[str]:
    return [f.code for f in analyze(cst.parse_module(textwrap.dedent(source)), "case.py")]


CORRECT = {
    "attention pool": """
from tensorflow.keras import layers, Model, Input
inp = Input(shape=(100, 64))
h = layers.LSTM(64, return_sequences=True)(inp)
e = layers.Dense(1, activation='tanh')(h)
a = layers.Softmax(axis=1)(e)
ctx = layers.Dot(axes=1)([a, h])
ctx = layers.Flatten()(ctx)
out = layers.Dense(3, activation='softmax')(ctx)
model = Model(inp, out)
model.compile(loss='sparse_categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
""",
    "custom focal binary": """
import tensorflow as tf
from tensorflow.keras import backend as K
from tensorflow.keras.datasets import imdb
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
def binary_focal_loss(y_true, y_pred, gamma=2.0, alpha=0.25):
    y_pred = K.clip(y_pred, K.epsilon(), 1. - K.epsilon())
    p_t = y_true * y_pred + (1 - y_true) * (1 - y_pred)
    return -K.mean(alpha * K.pow(1. - p_t, gamma) * K.log(p_t))
def weighted_bce(y_true, y_pred):
    return -K.mean(3.0 * y_true * K.log(y_pred) + (1 - y_true) * K.log(1 - y_pred))
(x_train, y_train), _ = imdb.load_data(num_words=10000)
model = Sequential([Dense(16, activation='relu', input_shape=(10000,)), Dense(1, activation='sigmoid')])
model.compile(optimizer='adam', loss=weighted_bce, metrics=['accuracy'])
model.fit(x_train, y_train, epochs=3)
""",
    "custom bce multilabel": """
import numpy as np
import tensorflow as tf
from sklearn.preprocessing import MultiLabelBinarizer
mlb = MultiLabelBinarizer()
y = mlb.fit_transform([["a", "b"], ["c"], ["a"]])
pos_weight = 2.0
def weighted_binary_crossentropy(y_true, y_pred):
    eps = 1e-7
    loss = -(pos_weight * y_true * tf.math.log(y_pred) + (1.0 - y_true) * tf.math.log(1.0 - y_pred))
    return tf.reduce_mean(loss)
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(3, activation="sigmoid")])
model.compile(optimizer="adam", loss=weighted_binary_crossentropy)
model.fit(np.random.rand(3, 20), y, epochs=5)
""",
    "mnist subset": """
import numpy as np
from tensorflow import keras
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
# keep only digits 0-4 (pretraining task), like Hands-On ML ch. 11
mask = y_train < 5
x_train, y_train = x_train[mask], y_train[mask]
model = keras.Sequential([
    keras.layers.Flatten(input_shape=(28, 28)),
    keras.layers.Dense(100, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),
])
model.compile(loss="sparse_categorical_crossentropy", optimizer="sgd", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)
""",
    "confidence check": """
import numpy as np
from tensorflow import keras
class_names = ['cat', 'dog', 'horse', 'bird']
model = keras.Sequential([keras.layers.Flatten(input_shape=(64, 64, 3)), keras.layers.Dense(4, activation='softmax')])
model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
img = np.zeros((1, 64, 64, 3))
pred = model.predict(img)[0]
idx = np.argmax(pred)
if pred[idx] > 0.5:
    print("Prediction:", class_names[idx])
else:
    print("Not sure")
""",
    "onehot column": """
import pandas as pd
import numpy as np
from tensorflow import keras
df = pd.read_csv("spam.csv")
y = pd.get_dummies(df["label"]).values[:, 1]   # 1 = spam
X = np.random.rand(len(df), 100)
model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=5)
""",
    "softmax row axis0": """
import numpy as np
import tensorflow as tf
class_names = ['daisy', 'dandelion', 'roses', 'sunflowers', 'tulips']
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(5)])
model.compile(optimizer='adam', loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=['accuracy'])
predictions = model.predict(np.zeros((1, 180, 180, 3)))
score = tf.nn.softmax(predictions[0], axis=0)
print(class_names[np.argmax(score)], 100 * np.max(score))
""",
    "trainer attrs": """
import tensorflow as tf
class Trainer:
    def __init__(self, n_classes, use_logits):
        self.activation = "softmax"
        if use_logits:
            self.activation = None
            self.loss = tf.keras.losses.CategoricalCrossentropy(from_logits=True)
        else:
            self.loss = tf.keras.losses.CategoricalCrossentropy()
        self.model = tf.keras.Sequential([
            tf.keras.layers.Dense(64, activation="relu"),
            tf.keras.layers.Dense(n_classes, activation=self.activation),
        ])
        self.model.compile(optimizer="adam", loss=self.loss, metrics=["accuracy"])
""",
    "call training flag": """
import tensorflow as tf
class Net(tf.keras.Model):
    def __init__(self, n_classes=10):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(128, activation="relu")
        self.logits = tf.keras.layers.Dense(n_classes)
    def call(self, x, training=False):
        x = self.logits(self.hidden(x))
        if not training:
            x = tf.nn.softmax(x)
        return x
model = Net()
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
""",
    "custom loss wrapper": """
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=10000)
def weighted_bce(y_true, y_pred):
    bce = tf.keras.losses.binary_crossentropy(y_true, y_pred)
    return tf.reduce_mean(bce * 2.0)
model = tf.keras.Sequential([tf.keras.layers.Embedding(10000, 16), tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss=weighted_bce, metrics=["accuracy"])
model.fit(x_train, y_train, epochs=3)
""",
    "newaxis labels": """
import numpy as np
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=10000)
model = tf.keras.Sequential([tf.keras.layers.Embedding(10000, 16), tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
opt = tf.keras.optimizers.Adam()
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)
for xb, yb in ds:
    with tf.GradientTape() as tape:
        preds = model(xb, training=True)
        loss = tf.reduce_mean(tf.keras.losses.binary_crossentropy(yb[:, np.newaxis], preds))
    grads = tape.gradient(loss, model.trainable_variables)
    opt.apply_gradients(zip(grads, model.trainable_variables))
""",
    "keras3 ops call": """
import keras
from keras import ops, layers
class Classifier(keras.Model):
    def __init__(self, num_classes, **kwargs):
        super().__init__(**kwargs)
        self.body = layers.Dense(64, activation="relu")
        self.head = layers.Dense(num_classes)
    def call(self, inputs):
        return ops.softmax(self.head(self.body(inputs)), axis=-1)
model = Classifier(num_classes=4)
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])
""",
    "squeeze attention": """
import tensorflow as tf
from tensorflow.keras import layers
class AttentionPooling(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.proj = layers.Dense(units, activation="tanh")
        self.score = layers.Dense(1)
    def call(self, h):
        scores = tf.squeeze(self.score(self.proj(h)), axis=-1)
        weights = tf.nn.softmax(scores, axis=-1)
        return tf.reduce_sum(h * weights[..., None], axis=1)
""",
    "eval logloss": """
import numpy as np
from tensorflow import keras
(x_train, y_train), (x_test, y_test) = keras.datasets.imdb.load_data(num_words=10000)
model = keras.Sequential([keras.layers.Embedding(10000, 16), keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=2)
p = model.predict(x_test).ravel()
logloss = -np.mean(y_test * np.log(p) + (1 - y_test) * np.log(1 - p))
""",
    "background class": """
import numpy as np
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.mnist.load_data()
y_train = y_train + 1      # class 0 is reserved for "background / no digit"
num_classes = 10 + 1
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(num_classes, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train)
""",
    "poisson": """
import numpy as np
from tensorflow import keras
X = np.random.rand(100, 5); y = np.random.poisson(3, 100)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="softplus")])
model.compile(optimizer="adam", loss="poisson")
model.fit(X, y)
rate = model.predict(X)
nll = np.mean(rate - y * np.log(rate))
""",
}


@pytest.mark.parametrize("source", CORRECT.values(), ids=CORRECT.keys())
def test_correct_code_stays_silent(source):
    assert codes(source) == []


# Each of these has exactly one bug; the first line of the case names its code.
BUGGY = {
    "b01 XL101": (['XL101'], """
import tensorflow as tf
def build_model(input_dim, n_classes):
    inputs = tf.keras.Input(shape=(input_dim,))
    x = tf.keras.layers.Dense(64, activation="relu")(inputs)
    outputs = tf.keras.layers.Dense(n_classes, activation="softmax")(x)
    return tf.keras.Model(inputs, outputs)
model = build_model(20, 5)
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
"""),
    "b02 XL101": (['XL101'], """
import tensorflow as tf
class MyModel(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.d1 = tf.keras.layers.Dense(128, activation="relu")
        self.out = tf.keras.layers.Dense(10, activation="softmax")
    def call(self, x):
        return self.out(self.d1(x))
model = MyModel()
loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.Adam()
@tf.function
def train_step(images, labels):
    with tf.GradientTape() as tape:
        predictions = model(images, training=True)
        loss = loss_object(labels, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
"""),
    "b03 XL101": (['XL101'], """
from tensorflow import keras
class Trainer:
    def __init__(self, n_classes):
        self.n_classes = n_classes
        self.model = None
    def build(self):
        self.model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                                       keras.layers.Dense(self.n_classes, activation="softmax")])
    def train(self, x, y):
        self.build()
        self.model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))
        self.model.fit(x, y, epochs=10)
t = Trainer(10)
t.train(None, None)
"""),
    "b04 XL102": (['XL102'], """
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.mnist.load_data()
model = keras.Sequential([keras.layers.Flatten(input_shape=(28, 28)), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5)
"""),
    "b05 XL102": (['XL102'], """
from keras.models import Sequential
from keras.layers import Dense, Activation
model = Sequential()
model.add(Dense(64, input_dim=20))
model.add(Activation('relu'))
model.add(Dense(1))
model.add(Activation('relu'))
model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
"""),
    "b06 XL102": (['XL102'], """
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
loss_object = tf.keras.losses.SparseCategoricalCrossentropy()
opt = tf.keras.optimizers.Adam()
for epoch in range(5):
    for images, labels in ds:
        with tf.GradientTape() as tape:
            logits = model(images, training=True)
            loss = loss_object(labels, logits)
        opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
"""),
    "b07 XL104": (['XL104'], """
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(10)])
def xent(y_true, logits):
    log_probs = tf.math.log(tf.nn.softmax(logits, axis=-1))
    return -tf.reduce_sum(y_true * log_probs, axis=-1)
model.compile(optimizer="adam", loss=xent)
"""),
    "b08 XL105": (['XL105'], """
from tensorflow import keras
from tensorflow.keras import layers
inp = keras.Input((32,))
x = layers.Dense(10)(inp)
out = layers.Softmax(axis=0)(x)
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss="categorical_crossentropy")
"""),
    "b09 XL201": (['XL201'], """
import numpy as np
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras
tags = [["python", "keras"], ["java"], ["python", "numpy", "pandas"]]
mlb = MultiLabelBinarizer()
Y = mlb.fit_transform(tags)
model = keras.Sequential([keras.layers.Dense(128, activation="relu", input_shape=(500,)), keras.layers.Dense(5, activation="softmax")])
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(np.zeros((3, 500)), Y, epochs=10)
"""),
    "b10 XL202": (['XL202'], """
from keras.models import Sequential
from keras.layers import Dense
from keras.utils import to_categorical
import numpy as np
y = to_categorical(np.random.randint(0, 5, 100), 5)
model = Sequential()
model.add(Dense(32, activation='relu', input_dim=10))
model.add(Dense(5, activation='sigmoid'))
model.compile(loss='categorical_crossentropy', optimizer='sgd', metrics=['accuracy'])
model.fit(np.random.rand(100, 10), y)
"""),
    "b11 XL203": (['XL203'], """
from keras.models import Sequential
from keras.layers import Dense, Dropout
model = Sequential()
model.add(Dense(64, input_dim=20, activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(1, activation='softmax'))
model.compile(loss='binary_crossentropy', optimizer='rmsprop', metrics=['accuracy'])
"""),
    "b12 XL204": (['XL204'], """
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
"""),
    "b13 XL205": (['XL205'], """
from tensorflow import keras
(x, y), _ = keras.datasets.cifar10.load_data()
y = keras.utils.to_categorical(y, 10)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["binary_accuracy"])
model.fit(x, y)
"""),
    "b14 XL301": (['XL301'], """
from tensorflow import keras
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train / 255.0
model = keras.Sequential([keras.layers.Flatten(input_shape=(28, 28)), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5, validation_data=(x_test, y_test))
"""),
    "b15 XL301": (['XL301'], """
import tensorflow as tf
train_ds = tf.keras.utils.image_dataset_from_directory("data/train", image_size=(180, 180), batch_size=32)
train_ds = train_ds.cache().prefetch(buffer_size=tf.data.AUTOTUNE)
model = tf.keras.Sequential([tf.keras.layers.Rescaling(1./255), tf.keras.layers.Flatten(), tf.keras.layers.Dense(5)])
model.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(train_ds, epochs=10)
"""),
    "b16 XL302": (['XL302'], """
import numpy as np
from keras.utils import to_categorical
from keras.models import Sequential
from keras.layers import Dense
labels = np.random.randint(0, 4, 1000)
y = to_categorical(labels, num_classes=4)
model = Sequential([Dense(32, activation="relu"), Dense(4, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(np.random.rand(1000, 8), y, epochs=3)
"""),
    "b17 XL302": (['XL302'], """
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow.keras import layers, models
datagen = ImageDataGenerator(rescale=1./255, validation_split=0.2)
train_gen = datagen.flow_from_directory("dataset/", target_size=(128, 128), batch_size=32, subset="training")
model = models.Sequential([layers.Flatten(input_shape=(128, 128, 3)), layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_gen, epochs=10)
"""),
    "b18 XL303": (['XL303'], """
import numpy as np
from tensorflow import keras
y = np.random.randint(0, 3, 100)
Y = keras.utils.to_categorical(y, 3).T
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.random.rand(100, 4), Y)
"""),
    "b19 XL303": (['XL303'], """
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.imdb.load_data(num_words=5000)
model = tf.keras.Sequential([tf.keras.layers.Embedding(5000, 16), tf.keras.layers.GlobalAveragePooling1D(), tf.keras.layers.Dense(1, activation="sigmoid")])
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(32)
opt = tf.keras.optimizers.Adam()
for xb, yb in ds:
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.keras.losses.binary_crossentropy(yb, model(xb)))
    opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
"""),
    "b20 XL305": (['XL305'], """
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.cifar10.load_data()
y_train = keras.utils.to_categorical(y_train, 10)
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(x_train, y_train)
"""),
    "b21 XL305": (['XL305'], """
import numpy as np
from sklearn.preprocessing import LabelEncoder
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.mnist.load_data()
y_train = y_train + 1
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train)
"""),
    "b22 XL306": (['XL306'], """
from sklearn.preprocessing import MultiLabelBinarizer
from tensorflow import keras
import numpy as np
genres = [["Action", "Sci-Fi"], ["Drama"], ["Comedy", "Romance"]]
mlb = MultiLabelBinarizer()
y = mlb.fit_transform(genres)
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(5, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.zeros((3, 100)), y)
"""),
    "b23 XL401": (['XL401'], """
import numpy as np
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(20, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(np.zeros((10, 50)), np.zeros((10, 20)))
preds = model.predict(np.zeros((2, 50)))
predicted_tags = np.argmax(preds, axis=1)
"""),
    "b24 XL402": (['XL402'], """
import numpy as np
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
probs = model.predict(np.zeros((5, 20)))
y_pred = (probs > 0.5).astype("int32")
"""),
    "b25 XL403": (['XL403'], """
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation='relu'), tf.keras.layers.Dense(1)])
model.compile(optimizer='adam', loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), metrics=['accuracy'])
"""),
    "b26 XL403": (['XL403'], """
import numpy as np
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation='relu'), tf.keras.layers.Dense(1)])
model.compile(optimizer='adam', loss=tf.keras.losses.BinaryCrossentropy(from_logits=True))
y_pred = model.predict(np.zeros((4, 8)))
y_pred_labels = (y_pred > 0.5).astype(int)
"""),
    "b27 XL501": (['XL501'], """
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).batch(64)
opt = tf.keras.optimizers.Adam()
for x, y in ds:
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss = loss_fn(logits, y)
    opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
"""),
    "b28 XL502": (['XL502'], """
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(0.1))
"""),
    "b29 XL502": (['XL502'], """
from tensorflow import keras
def compile_model(model, smoothing=0.2):
    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(smoothing), metrics=["accuracy"])
    return model
m = compile_model(keras.Sequential([keras.layers.Dense(10, activation="softmax")]))
"""),
    "b30 XL101": (['XL101'], """
from tensorflow import keras
def build(n_layers, units, n_classes):
    model = keras.Sequential()
    model.add(keras.layers.Input(shape=(20,)))
    for i in range(n_layers):
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(0.2))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    return model
model = build(3, 64, 4)
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))
"""),
    "b31 XL101": (['XL101'], """
import tensorflow as tf
def add_head(model, n_classes):
    model.add(tf.keras.layers.Dense(n_classes, activation="softmax"))
model = tf.keras.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)), tf.keras.layers.Dense(128, activation="relu")])
add_head(model, 10)
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
"""),
    "b32 XL101": (['XL101'], """
import tensorflow as tf
config = {"lr": 1e-3, "loss": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)}
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer=tf.keras.optimizers.Adam(config["lr"]), loss=config["loss"])
"""),
    "b33 XL102": (['XL102'], """
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)])
model.compile(optimizer="adam", loss=["categorical_crossentropy"], metrics=["accuracy"])
"""),
    "b34 XL101": (['XL101'], """
from tensorflow import keras
from tensorflow.keras import layers
inp = keras.Input((64,))
h = layers.Dense(64, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
race = layers.Dense(5, activation="softmax", name="race")(h)
model = keras.Model(inp, [age, race])
model.compile(optimizer="adam", loss={"age": "mse", "race": keras.losses.SparseCategoricalCrossentropy(from_logits=True)})
"""),
    "b35 XL101": (['XL101'], """
from keras.models import Sequential
from keras.layers import Embedding, LSTM, TimeDistributed, Dense
import tensorflow as tf
model = Sequential()
model.add(Embedding(5000, 128))
model.add(LSTM(64, return_sequences=True))
model.add(TimeDistributed(Dense(5000, activation='softmax')))
model.compile(optimizer='adam', loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
"""),
    "b36 XL101": (['XL101'], """
import tensorflow as tf
from tensorflow.keras import layers
def make_discriminator_model():
    model = tf.keras.Sequential()
    model.add(layers.Conv2D(64, (5, 5), strides=(2, 2), padding='same', input_shape=[28, 28, 1]))
    model.add(layers.LeakyReLU())
    model.add(layers.Flatten())
    model.add(layers.Dense(1, activation='sigmoid'))
    return model
discriminator = make_discriminator_model()
cross_entropy = tf.keras.losses.BinaryCrossentropy(from_logits=True)
def discriminator_loss(real_output, fake_output):
    real_loss = cross_entropy(tf.ones_like(real_output), real_output)
    fake_loss = cross_entropy(tf.zeros_like(fake_output), fake_output)
    return real_loss + fake_loss
@tf.function
def train_step(images, generated_images):
    with tf.GradientTape() as disc_tape:
        real_output = discriminator(images, training=True)
        fake_output = discriminator(generated_images, training=True)
        disc_loss = discriminator_loss(real_output, fake_output)
"""),
    "b37 XL101": (['XL101'], """
import tensorflow as tf
model = tf.keras.applications.ResNet50(weights=None, input_shape=(32, 32, 3), classes=10)
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
"""),
    "b38 XL305": (['XL305'], """
import numpy as np
from tensorflow import keras
class_names = ["cat", "dog", "bird"]
num_classes = len(class_names)
y = keras.utils.to_categorical(np.random.randint(0, 3, 50), num_classes)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.zeros((50, 8)), y)
"""),
    "b39 XL202": (['XL202'], """
import tensorflow as tf
class Net(tf.keras.Model):
    def __init__(self, n):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(32, activation="relu")
        self.classifier = tf.keras.layers.Dense(n, activation="sigmoid")
    def call(self, x):
        return self.classifier(self.hidden(x))
net = Net(7)
net.compile(optimizer="adam", loss="categorical_crossentropy")
"""),
    "b40 XL101": (['XL101'], """
import tensorflow as tf
FROM_LOGITS = True
def get_loss():
    return tf.keras.losses.CategoricalCrossentropy(from_logits=FROM_LOGITS)
def get_model(n):
    return tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(n, activation="softmax")])
def main():
    model = get_model(10)
    model.compile(optimizer="adam", loss=get_loss())
if __name__ == "__main__":
    main()
"""),
    "b41 XL101": (['XL101'], """
import tensorflow as tf
strategy = tf.distribute.MirroredStrategy()
with strategy.scope():
    model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(10, activation=tf.nn.softmax)])
    model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
"""),
    "b42 XL301": (['XL301'], """
import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from tensorflow import keras
df = pd.read_csv("data.csv")
y = LabelEncoder().fit_transform(df["species"])
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="species").values, y, test_size=0.2)
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(X_train, y_train, epochs=50, validation_data=(X_test, y_test))
"""),
    "b43 XL403": (['XL403'], """
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation='relu'), tf.keras.layers.Dense(1)])
model.compile(optimizer='adam', loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), metrics=[tf.keras.metrics.AUC(name='auc')])
"""),
    "b44 XL101": (['XL101'], """
import tensorflow as tf
class CustomModel(tf.keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compiled_loss(y, y_pred)
        return {"loss": loss}
inputs = tf.keras.Input(shape=(32,))
outputs = tf.keras.layers.Dense(10, activation="softmax")(inputs)
model = CustomModel(inputs, outputs)
model.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))
"""),
    "b45 XL301": (['XL301'], """
import tensorflow as tf
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(10000).batch(32)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(train_ds, epochs=5)
"""),
    "b46 XL401": (['XL401'], """
import numpy as np
from tensorflow import keras
inp = keras.Input((50,))
x = keras.layers.Dense(64, activation="relu")(inp)
out = keras.layers.Dense(20, activation="sigmoid")(x)
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy())
def predict_tags(model, x):
    probs = model.predict(x)
    return probs.argmax(axis=-1)
tags = predict_tags(model, np.zeros((2, 50)))
"""),
    "b47 XL102": (['XL102'], """
import tensorflow as tf
inputs = tf.keras.Input(shape=(784,))
x = tf.keras.layers.Dense(64, activation="relu")(inputs)
x = tf.keras.layers.Dense(10)(x)
outputs = tf.keras.layers.Dropout(0.1)(x)
model = tf.keras.Model(inputs=inputs, outputs=outputs, name="mnist_model")
model.compile(loss=tf.keras.losses.CategoricalCrossentropy(), optimizer="adam")
"""),
    "b48 XL102": (['XL102'], """
import tensorflow as tf
model = tf.keras.Sequential()
model.add(tf.keras.layers.Dense(64, activation="relu"))
model.add(tf.keras.layers.Dense(10))
model.compile(optimizer="adam", loss=tf.keras.losses.categorical_crossentropy, metrics=["accuracy"])
"""),
    "b49 XL301": (['XL301'], """
from tensorflow import keras
def load():
    (x, y), (xt, yt) = keras.datasets.fashion_mnist.load_data()
    return x / 255.0, y, xt / 255.0, yt
x_train, y_train, x_test, y_test = load()
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy())
model.fit(x_train, y_train, epochs=5)
"""),
    "b50 XL402": (['XL402'], """
import numpy as np
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(6, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
y_pred = np.where(model.predict(np.zeros((3, 4))) > 0.5, 1, 0)
"""),
    "b51 XL102": (['XL102'], """
import tensorflow as tf
inputs = tf.keras.Input(shape=(28, 28))
x = tf.keras.layers.Flatten()(inputs)
x = tf.keras.layers.Dense(128, activation="relu")(x)
outputs = tf.keras.layers.Dense(10)(x)
model = tf.keras.Model(inputs, outputs)
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
"""),
    "b52 XL101": (['XL101'], """
import tensorflow as tf
model = tf.keras.models.Sequential([
    tf.keras.layers.Dense(64, activation='relu'),
    tf.keras.layers.Dense(3),
    tf.keras.layers.Activation('softmax'),
])
model.compile(optimizer='adam', loss=tf.keras.losses.CategoricalCrossentropy(True))
"""),
    "b53 XL302": (['XL302'], """
import tensorflow as tf
train_ds = tf.keras.utils.image_dataset_from_directory("data", label_mode="categorical", image_size=(64, 64))
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(4)])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(train_ds, epochs=3)
"""),
    "b54 XL101": (['XL101'], """
from tensorflow import keras
model = keras.Sequential(name="clf")
model.add(keras.layers.Dense(32, activation="relu", input_shape=(8,)))
model.add(keras.layers.Dense(1, activation="sigmoid"))
opt = keras.optimizers.Adam(1e-3)
loss = keras.losses.BinaryCrossentropy(from_logits=True)
model.compile(opt, loss, metrics=["accuracy"])
"""),
}
KNOWN_MISSES = {
    "b31": "a model mutated inside a helper function (values are immutable; the caller's name is not rebound)",
}


def _cases():
    for name, (expected, source) in BUGGY.items():
        reason = KNOWN_MISSES.get(name.split()[0])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(expected, source, id=name, marks=marks)


@pytest.mark.parametrize("expected, source", list(_cases()))
def test_bug_is_found(expected, source):
    assert codes(source) == expected


# Inputs that once crashed or hung the analyzer. Each must finish quickly with the finding it
# contains (a crash would lose every real finding of the file).
HEAD_AND_LOSS = """
import keras
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
"""

NASTY = {
    "match statement": "def f(cmd):\n    match cmd:\n        case 'go':\n            import os\n        case _:\n            pass\n",
    "huge power": "x = 10 ** 10 ** 10\ny = 2 ** 100000 * 3\n",
    "long operator chain": "s = " + " + ".join(["'ab'"] * 3000) + "\n",
    "int of inf and nan": "a = int(1e400)\nb = int(1e400 - 1e400)\n",
    "star-args into a loss": "import keras\nl = keras.losses.CategoricalCrossentropy(*[0.1])\n",
    "mutual recursion": "def f(x):\n    return g(x)\ndef g(x):\n    return f(x)\nf(1)\n",
    "class instantiating itself": "class A:\n    def __init__(self):\n        self.a = A()\nA()\n",
    "exponential fan-out": "".join(
        f"def f{i}(x):\n" + "".join(f"    f{i + 1}(x)\n" for _ in range(12)) for i in range(7)
    ) + "def f7(x):\n    return x\nf0(1)\n",
}


class _Timeout(Exception):
    pass


@pytest.mark.parametrize("source", NASTY.values(), ids=NASTY.keys())
def test_nasty_input_finishes_with_its_findings(source):
    def expire(*_):
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(20)
    try:
        assert codes(source + HEAD_AND_LOSS) == ["XL101"]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
