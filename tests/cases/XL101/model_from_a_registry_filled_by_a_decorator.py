"""Bug: model builders filed in a registry by a decorator (@register("name"), whose inner function does MODELS[name] = fn), the softmax one fetched by name and compiled with from_logits=True; the logits builder fetched the same way must stay silent."""
from tensorflow import keras

MODELS = {}


def register(name):
    def wrap(builder):
        MODELS[name] = builder
        return builder

    return wrap


@register("mlp_probs")
def mlp_probs(num_classes=10):
    return keras.Sequential([keras.layers.Dense(128, activation="relu"),
                             keras.layers.Dense(num_classes, activation="softmax")])


@register("mlp_logits")
def mlp_logits(num_classes=10):
    return keras.Sequential([keras.layers.Dense(128, activation="relu"),
                             keras.layers.Dense(num_classes)])


model = MODELS["mlp_probs"](num_classes=10)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
model.fit(x_train, y_train)

twin = MODELS["mlp_logits"](num_classes=10)
twin.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
twin.fit(x_train, y_train)
