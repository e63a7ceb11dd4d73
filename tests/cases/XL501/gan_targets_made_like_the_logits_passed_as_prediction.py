"""Bug: a GAN's generator loss passes the discriminator's logits as y_true and its targets, tf.ones_like(fake_logits), as y_pred; the discriminator's losses in order must stay silent."""
import tensorflow as tf

generator = tf.keras.Sequential([tf.keras.layers.Dense(128, activation="relu"),
                                 tf.keras.layers.Dense(784, activation="tanh")])
discriminator = tf.keras.Sequential([tf.keras.layers.Dense(128), tf.keras.layers.LeakyReLU(),
                                     tf.keras.layers.Dense(1)])
cross_entropy = tf.keras.losses.BinaryCrossentropy(from_logits=True)


@tf.function
def train_step(images, noise):
    with tf.GradientTape() as gen_tape, tf.GradientTape() as disc_tape:
        fake_logits = discriminator(generator(noise, training=True), training=True)
        real_logits = discriminator(images, training=True)
        gen_loss = cross_entropy(fake_logits, tf.ones_like(fake_logits))  # expect: XL501
        disc_loss = (cross_entropy(tf.ones_like(real_logits), real_logits)
                     + cross_entropy(tf.zeros_like(fake_logits), fake_logits))
    return gen_loss, disc_loss
