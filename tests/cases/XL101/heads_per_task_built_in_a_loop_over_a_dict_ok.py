"""Look-alike: a loop over a dict of tasks builds one logits head per task into a dict of outputs; a dict comprehension over the same tasks gives each a from_logits=True loss, must stay silent."""
import keras
from keras import layers

TASKS = {"species": 12, "habitat": 5, "diet": 3}

image = keras.Input(shape=(96, 96, 3))
x = layers.Conv2D(32, 3, activation="relu")(image)
x = layers.GlobalAveragePooling2D()(x)

outputs = {}
for task, n_classes in TASKS.items():
    hidden = layers.Dense(64, activation="relu", name=f"{task}_hidden")(x)
    outputs[task] = layers.Dense(n_classes, name=task)(hidden)

model = keras.Model(image, outputs)
model.compile(
    optimizer="adam",
    loss={task: keras.losses.SparseCategoricalCrossentropy(from_logits=True) for task in TASKS},
)
