from .model import RhythmNet

__all__ = ["RhythmNet"]
