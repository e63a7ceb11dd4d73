"""Bug: a layer written by hand, x @ W + b with b = torch.zeros(n_classes), goes through softmax into F.cross_entropy; the scores themselves, bias included, must stay silent."""
import torch
import torch.nn.functional as F

classes = open("classes.txt").read().split()
n_classes = len(classes)
W = torch.randn(20, n_classes, requires_grad=True)
b = torch.zeros(n_classes, requires_grad=True)
optimizer = torch.optim.SGD([W, b], lr=0.1)

for x, y in torch.load("batches.pt"):
    probs = torch.softmax(x @ W + b, dim=1)
    loss = F.cross_entropy(probs, y)  # expect: XL101
    scores = x @ W + b
    loss = F.cross_entropy(scores, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
