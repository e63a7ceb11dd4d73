"""Bug: a logits head built in a function with a class-count argument meets a probabilities loss."""
import keras
def build(num_classes=10):
    model = keras.Sequential([keras.layers.Dense(num_classes)])
    model.compile(loss="sparse_categorical_crossentropy")  # expect: XL102
    return model
model = build()
