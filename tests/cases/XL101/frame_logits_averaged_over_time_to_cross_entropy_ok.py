"""Look-alike: a keyword spotter averages its per-frame logits over time (mean(dim=1)) and the clip's logits go to nn.CrossEntropyLoss, must stay silent."""
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
        frame_logits = self.frame_head(frames)
        return frame_logits.mean(dim=1)


model = FrameClassifier()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
for mel, keyword in loader:
    loss = criterion(model(mel), keyword)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
