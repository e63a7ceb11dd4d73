"""Bug: distillation passes the student's logits divided by a temperature straight to kl_div."""
import torch.nn as nn
import torch.nn.functional as F

student = nn.Linear(512, 100)
teacher = nn.Linear(512, 100)
T = 4.0


def distill(x):
    soft_targets = F.softmax(teacher(x) / T, dim=-1)
    return F.kl_div(student(x) / T, soft_targets, reduction="batchmean") * T * T  # expect: XL106


def distill_correctly(x):
    soft_targets = F.softmax(teacher(x) / T, dim=-1)
    return F.kl_div(F.log_softmax(student(x) / T, dim=-1), soft_targets,
                    reduction="batchmean") * T * T
