"""One module in, findings out: extract facts with the interpreter, then run the rules."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import libcst as cst

from .checks import Reporter, run_checks
from .findings import Finding
from .interpreter import Handlers, Interpreter

FRAMEWORKS = ("keras", "torch", "jax", "tf")


@lru_cache(maxsize=None)
def _handlers(frameworks: frozenset[str]) -> Handlers:
    from .extract import common, keras, models, torch

    handlers = common.handlers()
    handlers.callables.append(models.call_model_parts)
    if "keras" in frameworks or "tf" in frameworks:
        handlers.extend(keras.handlers())
    if "torch" in frameworks:
        handlers.extend(torch.handlers())
    return handlers


def analyze(module: cst.Module, filename: str, frameworks: Iterable[str] | None = None,
            codes: Iterable[str] | None = None) -> list[Finding]:
    """Findings of one parsed module; ``frameworks`` limits which extractors run."""
    selected = frozenset(frameworks) if frameworks is not None else frozenset(FRAMEWORKS)
    facts = Interpreter(module, _handlers(selected)).run()
    return run_checks(facts, Reporter(module, filename), codes)
