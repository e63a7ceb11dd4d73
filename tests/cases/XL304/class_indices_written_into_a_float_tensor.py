"""Bug: class indices written out in a torch.FloatTensor reach CrossEntropyLoss, which needs int64 indices; the same values in a LongTensor, and float features, must stay silent."""
import torch
import torch.nn as nn

model = nn.Linear(4, 3)
criterion = nn.CrossEntropyLoss()
inputs = torch.FloatTensor([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8],
                            [0.9, 1.0, 1.1, 1.2], [1.3, 1.4, 1.5, 1.6]])
loss = criterion(model(inputs), torch.FloatTensor([0, 2, 1, 1]))  # expect: XL304
fine = criterion(model(inputs), torch.LongTensor([0, 2, 1, 1]))
