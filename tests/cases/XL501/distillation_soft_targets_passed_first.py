"""Bug: a distillation loss given the teacher's softmax targets first and the student's raw scores second (the loss takes scores, then targets); the right order must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

teacher = torchvision.models.resnet50(num_classes=100)
student = torchvision.models.resnet18(num_classes=100)
optimizer = torch.optim.SGD(student.parameters(), lr=0.05, momentum=0.9)
T = 4.0

for images, labels in train_loader:
    with torch.no_grad():
        soft_targets = F.softmax(teacher(images) / T, dim=1)
    student_scores = student(images)
    distill = F.cross_entropy(soft_targets, student_scores / T)  # expect: XL501
    right = F.cross_entropy(student_scores / T, soft_targets)
    hard = F.cross_entropy(student_scores, labels)
    loss = 0.9 * right * T * T + 0.1 * hard
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
