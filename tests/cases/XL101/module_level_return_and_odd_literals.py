"""Bug: a softmax head with a from_logits loss is still found next to a module-level return and odd literals."""
import keras
s = "\N{no such name}" "a"
n = 1234567890123456789012345678901234567890 ** 2
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
return
