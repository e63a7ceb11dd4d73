"""Bug: a keyword spotter's per-frame softmax is averaged over the time axis (mean(dim=1)) and the clip's probabilities go to nn.CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FrameClassifier(nn.Module):
    def __init__(self, n_mels=40, n_keywords=12):
        super().__init__()
        self.gru = nn.GRU(n_mels, 128, batch_first=True)
        self.frame_head = nn.Linear(128, n_keywords)

    def forward(self, mel):  # mel: (N, T, n_mels)
        frames, _ = self.gru(mel)
        frame_probs = F.softmax(self.frame_head(frames), dim=-1)
        return frame_probs.mean(dim=1)


model = FrameClassifier()
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
for mel, keyword in loader:
    loss = criterion(model(mel), keyword)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
