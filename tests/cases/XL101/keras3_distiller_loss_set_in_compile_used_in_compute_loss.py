"""Bug: a Keras 3 distiller whose compile() override keeps the student loss (SparseCategoricalCrossentropy(from_logits=True)) for compute_loss, which fit() calls on the student's softmax predictions; the distillation term's softmax of those predictions is a second softmax."""
import keras
from keras import layers, ops


class Distiller(keras.Model):
    def __init__(self, student, teacher):
        super().__init__()
        self.student = student
        self.teacher = teacher

    def compile(self, optimizer, metrics, student_loss_fn, distillation_loss_fn, alpha=0.1,
                temperature=3):
        super().compile(optimizer=optimizer, metrics=metrics)
        self.student_loss_fn = student_loss_fn
        self.distillation_loss_fn = distillation_loss_fn
        self.alpha = alpha
        self.temperature = temperature

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, allow_empty=False):
        teacher_pred = self.teacher(x, training=False)
        student_loss = self.student_loss_fn(y, y_pred)
        distillation_loss = self.distillation_loss_fn(
            ops.softmax(teacher_pred / self.temperature, axis=1),
            ops.softmax(y_pred / self.temperature, axis=1),  # expect: XL101
        ) * (self.temperature ** 2)
        return self.alpha * student_loss + (1 - self.alpha) * distillation_loss

    def call(self, x):
        return self.student(x)


teacher = keras.Sequential([keras.Input((784,)), layers.Dense(256, activation="relu"),
                            layers.Dense(10)])
student = keras.Sequential([keras.Input((784,)), layers.Dense(32, activation="relu"),
                            layers.Dense(10, activation="softmax")])
distiller = Distiller(student=student, teacher=teacher)
distiller.compile(optimizer=keras.optimizers.Adam(), metrics=[keras.metrics.SparseCategoricalAccuracy()],
                  student_loss_fn=keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
                  distillation_loss_fn=keras.losses.KLDivergence())
distiller.fit(x_train, y_train, epochs=3)
