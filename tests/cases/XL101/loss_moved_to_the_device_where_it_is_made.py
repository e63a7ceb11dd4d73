"""Bug: the loss module is moved to the GPU where it is made (nn.CrossEntropyLoss().to(device), .cuda()) and gets a softmax model's probabilities; the same moved loss on a logits model must stay silent."""
import torch
import torch.nn as nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.Softmax(dim=1)).to(device)
logits_model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5)).to(device)
criterion = nn.CrossEntropyLoss().to(device)  # expect: XL101
weighted = nn.CrossEntropyLoss(weight=class_weights).cuda()  # expect: XL101
kept = nn.CrossEntropyLoss().to(device)
optimizer = torch.optim.Adam(model.parameters())
for features, targets in loader:
    features, targets = features.to(device), targets.to(device)
    loss = criterion(model(features), targets) + weighted(model(features), targets)
    loss = kept(logits_model(features), targets)
