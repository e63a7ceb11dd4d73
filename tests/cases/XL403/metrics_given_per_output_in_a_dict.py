"""Bug: metrics given per output in a dict put "accuracy" and AUC() on a one-unit logits output; the softmax output's accuracy must stay silent."""
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(20,))
hidden = layers.Dense(64, activation="relu")(inputs)
churn = layers.Dense(1, name="churn")(hidden)
plan = layers.Dense(4, activation="softmax", name="plan")(hidden)
model = keras.Model(inputs, [churn, plan])
model.compile(
    optimizer="adam",
    loss={"churn": keras.losses.BinaryCrossentropy(from_logits=True),
          "plan": "sparse_categorical_crossentropy"},
    metrics={"churn": ["accuracy",  # expect: XL403
                       keras.metrics.AUC()],  # expect: XL403
             "plan": ["accuracy"]},
)
model.fit(features, {"churn": churned, "plan": plans}, epochs=5)
