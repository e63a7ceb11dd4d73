from tensorflow import keras

from distillation import Distiller

teacher = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                            keras.layers.Dense(256, activation="relu"), keras.layers.Dense(10)])
student = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                            keras.layers.Dense(10, activation="softmax")])
(x_train, y_train), _ = keras.datasets.mnist.load_data()
distiller = Distiller(student=student, teacher=teacher)  # expect: XL101
distiller.compile(
    optimizer=keras.optimizers.Adam(),
    metrics=[keras.metrics.SparseCategoricalAccuracy()],
    student_loss_fn=keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
    distillation_loss_fn=keras.losses.KLDivergence(),
)
distiller.fit(x_train, y_train, epochs=3)
