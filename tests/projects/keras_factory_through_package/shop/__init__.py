"""A package that re-exports its model builder."""
from .models import build_model

__all__ = ["build_model"]
