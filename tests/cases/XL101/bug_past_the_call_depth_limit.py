"""Bug: a softmax head with a from_logits loss sits in a function past the call-depth limit."""
import keras
def f7():
    model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
    model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
def f6(): f7()
def f5(): f6()
def f4(): f5()
def f3(): f4()
def f2(): f3()
def f1(): f2()
def f0(): f1()
f0()
