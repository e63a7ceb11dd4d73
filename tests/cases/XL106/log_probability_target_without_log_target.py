"""Bug: both sides of a KL divergence as log_softmax, without log_target=True (NaN)."""
import torch
import torch.nn.functional as F

student, teacher = torch.randn(16, 10), torch.randn(16, 10)
kd = F.kl_div(F.log_softmax(student, dim=1), F.log_softmax(teacher, dim=1), reduction="batchmean")  # expect: XL106
