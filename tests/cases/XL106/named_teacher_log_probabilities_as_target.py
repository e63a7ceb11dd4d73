"""Bug: a distillation step whose teacher target is assigned as log_softmax, given to KLDivLoss without log_target=True."""
import torch
import torch.nn as nn
import torch.nn.functional as F

teacher = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10))
student = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10))
kl = nn.KLDivLoss(reduction="batchmean")
optimizer = torch.optim.Adam(student.parameters())
for xb, _ in loader:
    with torch.no_grad():
        t_logp = F.log_softmax(teacher(xb) / 2.0, dim=1)
    s_logp = F.log_softmax(student(xb) / 2.0, dim=1)
    loss = kl(s_logp, t_logp) * 4.0  # expect: XL106
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
