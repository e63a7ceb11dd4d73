import torch

from training import train_model

model = train_model(20)
model.eval()
with torch.no_grad():
    flagged = (model(torch.randn(100, 20)) > 0.5).squeeze(-1)  # expect: XL403
print(f"{int(flagged.sum())} customers flagged")
