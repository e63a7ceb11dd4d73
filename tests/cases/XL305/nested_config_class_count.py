"""Bug: a nested config class gives the head 8 units, but the label map numbers the 9 diagnoses of the data section."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CFG:
    seed = 42

    class data:
        classes = ["MEL", "NV", "BCC", "AK", "BKL", "DF", "VASC", "SCC", "UNK"]

    class model:
        num_classes = 8
        hidden = 256


CLASS_TO_IDX = {name: i for i, name in enumerate(["MEL", "NV", "BCC", "AK", "BKL", "DF", "VASC", "SCC", "UNK"])}
labels = torch.tensor([CLASS_TO_IDX[name] for name in diagnoses])
model = nn.Sequential(nn.Linear(512, CFG.model.hidden), nn.ReLU(),
                      nn.Linear(CFG.model.hidden, CFG.model.num_classes))  # expect: XL305
loss = F.cross_entropy(model(torch.randn(len(diagnoses), 512)), labels)
loss.backward()
