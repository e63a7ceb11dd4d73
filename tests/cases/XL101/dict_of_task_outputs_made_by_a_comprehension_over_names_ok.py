"""Look-alike: forward returns {task: self.classifier(h) for task in self.tasks}, each output logits; one task's output goes to CrossEntropyLoss, must stay silent."""
import torch
import torch.nn as nn


class SharedClassifier(nn.Module):
    def __init__(self, tasks, n_classes):
        super().__init__()
        self.tasks = list(tasks)
        self.encoder = nn.Sequential(nn.Linear(300, 128), nn.ReLU())
        self.classifier = nn.Sequential(nn.Linear(128, n_classes))

    def forward(self, x):
        h = self.encoder(x)
        return {task: self.classifier(h) for task in self.tasks}


model = SharedClassifier(config["tasks"], 3)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
for x, y in train_loader:
    outputs = model(x)
    loss = criterion(outputs["sentiment"], y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
