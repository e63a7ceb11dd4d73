"""Bug: a functional softmax model with a custom train_step is compiled with a from_logits loss."""
import tensorflow as tf
class CustomModel(tf.keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compiled_loss(y, y_pred)
        return {"loss": loss}
inputs = tf.keras.Input(shape=(32,))
outputs = tf.keras.layers.Dense(10, activation="softmax")(inputs)
model = CustomModel(inputs, outputs)
model.compile(optimizer="adam", loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
