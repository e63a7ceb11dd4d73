"""Bug: one from_logits loss object is used for a logits student and a softmax teacher: the teacher's use is the mismatch, and flipping from_logits on the shared object would break the student's."""
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)  # expect: XL101
student = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
teacher = tf.keras.Sequential([tf.keras.layers.Flatten(),
                               tf.keras.layers.Dense(10, activation="softmax")])
optimizer = tf.keras.optimizers.Adam()
with tf.GradientTape() as tape:
    loss = loss_fn(y_train, student(x_train)) + loss_fn(y_train, teacher(x_train))
grads = tape.gradient(loss, student.trainable_variables)
