"""Bug: a two-head model (view: 2 classes, findings: 14 independent labels trained with BCEWithLogitsLoss) whose findings logits are made probabilities with torch.sigmoid and decoded by argmax; the view head decoded by argmax, and the best image for each finding (argmax over the batch axis), must stay silent."""
import torch
import torch.nn as nn


class ChestNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Flatten(), nn.Linear(224 * 224, 256), nn.ReLU())
        self.view_head = nn.Linear(256, 2)
        self.finding_head = nn.Linear(256, 14)

    def forward(self, x):
        features = self.backbone(x)
        return self.view_head(features), self.finding_head(features)


net = ChestNet()
view_loss, finding_loss = nn.CrossEntropyLoss(), nn.BCEWithLogitsLoss()
for images, views, findings in loader:
    view_logits, finding_logits = net(images)
    loss = view_loss(view_logits, views) + finding_loss(finding_logits, findings.float())

view_logits, finding_logits = net(val_images)
top_finding = torch.sigmoid(finding_logits).argmax(dim=1)  # expect: XL401
view = view_logits.argmax(dim=1)
best_image_per_finding = torch.sigmoid(finding_logits).argmax(dim=0)
