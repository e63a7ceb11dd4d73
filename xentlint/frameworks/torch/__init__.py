"""PyTorch (``torch.nn``, ``torch.nn.functional``, Lightning, torchvision): tables.py,
extract.py, runtime.py."""
