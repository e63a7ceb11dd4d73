"""Bug: a distillation loss with the teacher's probabilities as the input and the student's log-probabilities as the target."""
import torch
import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, T=4.0):
    return F.kl_div(F.softmax(teacher_logits / T, dim=1),  # expect: XL106
                    F.log_softmax(student_logits / T, dim=1), reduction="batchmean") * T * T


print(distillation_loss(torch.randn(8, 10), torch.randn(8, 10)))
