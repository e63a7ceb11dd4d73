"""Bug: a softmax model keeps its head through torch.compile, nn.DataParallel and accelerate's prepare(), and reaches CrossEntropyLoss; the logits twin wrapped the same way must stay silent."""
import torch
import torch.nn as nn
from accelerate import Accelerator

x, y = torch.randn(64, 8), torch.randint(0, 3, (64,))
criterion = nn.CrossEntropyLoss()

compiled = torch.compile(nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3),
                                       nn.Softmax(dim=1)))
loss = criterion(compiled(x), y)  # expect: XL101

spread = nn.DataParallel(nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))).cuda()
loss = criterion(spread(x), y)  # expect: XL101

accelerator = Accelerator()
prepared = nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))
prepared, optimizer = accelerator.prepare(prepared, torch.optim.Adam(prepared.parameters()))
loss = criterion(prepared(x), y)  # expect: XL101

logits_model = torch.compile(nn.DataParallel(nn.Sequential(nn.Linear(8, 3))))
loss = criterion(logits_model(x), y)
