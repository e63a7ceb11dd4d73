"""Look-alike: the output_transform applies the sigmoid before rounding, must stay silent."""
import torch
from ignite.engine import Events, create_supervised_evaluator, create_supervised_trainer
from ignite.metrics import Accuracy, Loss
from torch import nn

model = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 1))
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
trainer = create_supervised_trainer(model, optimizer, criterion)


def thresholded(output):
    y_pred, y = output
    return torch.round(torch.sigmoid(y_pred)), y


evaluator = create_supervised_evaluator(
    model, metrics={"accuracy": Accuracy(output_transform=thresholded), "bce": Loss(criterion)})


@trainer.on(Events.EPOCH_COMPLETED)
def log_validation(engine):
    evaluator.run(val_loader)
    print(evaluator.state.metrics)
