"""A small training engine: the loop is the caller's, the step is here."""
import torch


class Trainer:
    def __init__(self, model, criterion, optimizer, device="cpu"):
        self.model = model.to(device)
        self.criterion = criterion
        self.optimizer = optimizer
        self.device = device

    def to_inference(self):
        """After training: the model with its probabilities, for serving."""
        self.model = torch.nn.Sequential(self.model, torch.nn.Softmax(dim=1))

    def train_step(self, inputs, targets):
        self.model.train()
        self.optimizer.zero_grad()
        loss = self.criterion(self.model(inputs.to(self.device)), targets.to(self.device))
        loss.backward()
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def predict(self, inputs):
        self.model.eval()
        return self.model(inputs.to(self.device)).argmax(dim=1)
