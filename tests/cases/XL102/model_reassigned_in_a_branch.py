"""Look-alike: a model reassigned in a branch before a probabilities loss must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(10)])
if pretrained:
    model = keras.models.load_model("m.keras")
model.compile(loss="categorical_crossentropy")
