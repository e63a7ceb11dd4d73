"""Bug: a critic ending in Dense(1) without activation is compiled with binary_crossentropy and fitted; generators built and compiled in a factory but trained only stacked in Sequential([generator, discriminator]) or added to a joint model (joint.add(generator)) must stay silent."""
import numpy as np
from keras.layers import Dense
from keras.models import Sequential


def create_generator():
    g = Sequential([Dense(64, input_dim=10, activation="relu"), Dense(784, activation="tanh")])
    g.compile(loss="binary_crossentropy", optimizer="adam")
    return g


def create_discriminator():
    d = Sequential([Dense(64, input_dim=784, activation="relu"), Dense(1, activation="sigmoid")])
    d.compile(loss="binary_crossentropy", optimizer="sgd")
    return d


def train(generator, discriminator, joint):
    noise = np.random.normal(size=(32, 10))
    discriminator.trainable = False
    joint.fit(noise, np.ones((32, 1)))


def main():
    generator = create_generator()
    discriminator = create_discriminator()
    joint = Sequential([generator, discriminator])
    joint.compile(loss="binary_crossentropy", optimizer="adam")
    for _ in range(10):
        train(generator, discriminator, joint)
    second = create_generator()
    stacked = Sequential()
    stacked.add(second)
    stacked.add(create_discriminator())
    stacked.compile(loss="binary_crossentropy", optimizer="adam")
    stacked.fit(np.random.normal(size=(32, 10)), np.ones((32, 1)))
    critic = Sequential([Dense(64, input_dim=784, activation="relu"), Dense(1)])
    critic.compile(loss="binary_crossentropy", optimizer="adam")  # expect: XL102
    critic.fit(np.random.rand(32, 784), np.ones((32, 1)))


main()
