"""Bug: a discriminator ending in Dense(1) without activation is trained with binary_crossentropy, alone and inside the combined model; the generator, compiled with binary_crossentropy by habit (tanh outputs) but only run by predict() and inside the combined model, must stay silent."""
import numpy as np
from keras.layers import Dense, Input
from keras.models import Model
from keras.optimizers import Adam

z = Input(shape=(100,))
generator = Model(z, Dense(784, activation="tanh")(Dense(256, activation="relu")(z)))
generator.compile(loss="binary_crossentropy", optimizer=Adam(2e-4))

image = Input(shape=(784,))
discriminator = Model(image, Dense(1)(Dense(256, activation="relu")(image)))
discriminator.compile(loss="binary_crossentropy", optimizer=Adam(2e-4))  # expect: XL102

discriminator.trainable = False
combined = Model(z, discriminator(generator(z)))
combined.compile(loss="binary_crossentropy", optimizer=Adam(2e-4))  # expect: XL102

real_images = np.load("mnist.npy").reshape(-1, 784)
for step in range(10000):
    noise = np.random.normal(0, 1, (64, 100))
    fake = generator.predict(noise)
    real = real_images[np.random.randint(0, len(real_images), 64)]
    discriminator.train_on_batch(real, np.ones((64, 1)))
    discriminator.train_on_batch(fake, np.zeros((64, 1)))
    combined.train_on_batch(noise, np.ones((64, 1)))
