"""Bug: forward returns {task: self.classifier(h) for task in self.tasks}, task names not known here, each output a softmax; one task's output goes to CrossEntropyLoss."""
import torch
import torch.nn as nn


class SharedClassifier(nn.Module):
    def __init__(self, tasks, n_classes):
        super().__init__()
        self.tasks = list(tasks)
        self.encoder = nn.Sequential(nn.Linear(300, 128), nn.ReLU())
        self.classifier = nn.Sequential(nn.Linear(128, n_classes), nn.Softmax(dim=-1))

    def forward(self, x):
        h = self.encoder(x)
        return {task: self.classifier(h) for task in self.tasks}


model = SharedClassifier(config["tasks"], 3)
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.Adam(model.parameters())
for x, y in train_loader:
    outputs = model(x)
    loss = criterion(outputs["sentiment"], y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
