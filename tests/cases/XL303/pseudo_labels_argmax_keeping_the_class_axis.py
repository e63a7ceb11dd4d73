"""Bug: the teacher's argmax keeps the class axis (keepdim=True), so the pseudo-labels are (N, 1) against F.cross_entropy's (N,) targets."""
import torch
import torch.nn.functional as F
from torch import nn

teacher = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 12))
student = nn.Linear(128, 12)
batch = torch.randn(32, 128)
with torch.no_grad():
    pseudo = teacher(batch).argmax(dim=1, keepdim=True)
loss = F.cross_entropy(student(batch), pseudo)  # expect: XL303
