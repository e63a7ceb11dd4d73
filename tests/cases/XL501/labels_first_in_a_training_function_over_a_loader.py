"""Bug: a training function iterating the loader it is given passes the batch's labels first to CrossEntropyLoss; distillation in a loop over the same loader, whose student is not known here, must stay silent."""
import torch.nn as nn

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
criterion = nn.CrossEntropyLoss()


def train_one_epoch(loader, optimizer):
    for inputs, labels in loader:
        outputs = model(inputs)
        loss = criterion(labels, outputs)  # expect: XL501
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def distill(loader, student):
    for inputs, _ in loader:
        student_logits = student(inputs)
        loss = criterion(student_logits, model(inputs).softmax(dim=1))
        loss.backward()
