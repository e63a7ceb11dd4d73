"""Bug: a softmax model wrapped in DistributedDataParallel, called through model.module in the training step, trained with CrossEntropyLoss."""
import torch
import torch.distributed as dist
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP


def main(rank, world_size, loader):
    dist.init_process_group("nccl", rank=rank, world_size=world_size)
    net = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 5), nn.Softmax(dim=1))
    model = DDP(net.to(rank), device_ids=[rank])
    criterion = nn.CrossEntropyLoss()  # expect: XL101
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for x, y in loader:
        optimizer.zero_grad()
        loss = criterion(model.module(x.to(rank)), y.to(rank))
        loss.backward()
        optimizer.step()
