"""Bug: pseudo-labels taken by torch.max over a 10-class teacher's scores train a 5-output student; a student as wide as the teacher must stay silent."""
import torch
import torch.nn as nn

teacher = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
student = nn.Sequential(nn.Linear(128, 32), nn.ReLU(), nn.Linear(32, 5))  # expect: XL305
wide_student = nn.Sequential(nn.Linear(128, 32), nn.ReLU(), nn.Linear(32, 10))
criterion = nn.CrossEntropyLoss()

for unlabelled in unlabelled_loader:
    with torch.no_grad():
        _, pseudo = torch.max(teacher(unlabelled), 1)
    loss = criterion(student(unlabelled), pseudo)
    wide_loss = criterion(wide_student(unlabelled), pseudo)
    loss.backward()
