"""Bug: the weight of the positive class passed positionally to BinaryFocalCrossentropy lands in apply_class_balancing, which turns balancing on with the default weight 0.25 instead; 0.25 itself, landing there, is what was meant and must stay silent."""
import keras

fraud_model = keras.Sequential([keras.layers.Dense(32, activation="relu"),
                                keras.layers.Dense(1, activation="sigmoid")])
fraud_model.compile(optimizer="adam", loss=keras.losses.BinaryFocalCrossentropy(0.9))  # expect: XL502

churn_model = keras.Sequential([keras.layers.Dense(32, activation="relu"),
                                keras.layers.Dense(1, activation="sigmoid")])
churn_model.compile(optimizer="adam", loss=keras.losses.BinaryFocalCrossentropy(0.25))
