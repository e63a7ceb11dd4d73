"""The factories, re-exported under the names of their modules."""
from .mlp import mlp
from .cnn import cnn
