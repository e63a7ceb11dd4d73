"""Bug: tfds binary labels of shape (N,) meet a one-unit logits output of shape (N, 1) in a hand-written training loop; the same labels through compile() and fit(), or against the squeezed logits, must stay silent."""
import tensorflow as tf
import tensorflow_datasets as tfds

train = tfds.load("imdb_reviews", split="train", as_supervised=True).shuffle(10000).batch(64)
model = tf.keras.Sequential([
    tf.keras.layers.TextVectorization(max_tokens=20000, output_sequence_length=200),
    tf.keras.layers.Embedding(20000, 32),
    tf.keras.layers.GlobalMaxPooling1D(),
    tf.keras.layers.Dense(1),
])
optimizer = tf.keras.optimizers.Adam()
for text, label in train:
    with tf.GradientTape() as tape:
        logits = model(text, training=True)
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(  # expect: XL303
            labels=tf.cast(label, tf.float32), logits=logits))
        flat = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(
            labels=tf.cast(label, tf.float32), logits=tf.squeeze(logits, axis=-1)))
    optimizer.apply_gradients(zip(tape.gradient(flat, model.trainable_variables),
                                  model.trainable_variables))

model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(from_logits=True))
model.fit(train, epochs=3)
