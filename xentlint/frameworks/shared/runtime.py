"""What the frameworks' runtime companions share: recognising a framework's objects without
importing the framework (the guard runs inside the user's training process)."""

from __future__ import annotations

import sys


def is_instance(obj: object, module: str, qualname: str) -> bool:
    """``isinstance`` against a class of a module that is already imported (never imports it)."""
    found: object = sys.modules.get(module)
    for part in qualname.split(".") if found is not None else ():
        found = getattr(found, part, None)
    return isinstance(found, type) and isinstance(obj, found)
