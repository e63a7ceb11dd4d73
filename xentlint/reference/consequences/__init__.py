"""The numeric consequence of each rule: the pairing as written, as fixed and as intended.

One function per rule code, over the facts of a finding (``Finding.facts``: activation, units,
loss family, expects, framework, labels, n_classes...) and seeded synthetic inputs. Each returns
an :class:`Outcome`: a few rows of numbers, what they mean, and whether the fix reproduces the
intended loss. The losses as a framework computes them come from ``loss`` (a :class:`LossFn`:
the reference with the finding's framework semantics, Keras, torch or optax, or the user's
installed torch/Keras/optax, plugged in by ``xentlint.verify``); "intended" is always the
textbook formula, computed here independently. What a finding means depends on what its
framework has (a loss on probabilities, an NLL loss, metrics: :data:`APIS`), which the cases
read from ``Context.api``. Each rule has canonical cases (:data:`CANONICAL`), one per
framework semantics where the numbers differ; ``xentlint verify --rule CODE`` prints them, and
the rule documents quote those numbers and no others (``tests/test_verify.py`` checks it).

The cases live in one module per rule group (:mod:`.outputs` XL1xx, :mod:`.exclusivity` XL2xx,
:mod:`.labels` XL3xx, :mod:`.decoding` XL4xx, :mod:`.calls` XL5xx); importing this package
registers them all in :data:`CASES`.
"""

from __future__ import annotations

from . import calls, decoding, exclusivity, labels, outputs  # noqa: F401  (register the cases)
from .common import (
    CANONICAL,
    CASES,
    DTYPE,
    LOSS_CASES,
    NOT_NUMERIC,
    OTHER_FAMILIES,
    RTOL,
    Context,
    Outcome,
    Row,
    case,
    outside_the_reference,
    semantics_of,
)
from .losses import APIS, TORCH_APIS, Api, FrameworkRaises, LossFn, ReferenceLoss

__all__ = [
    "APIS",
    "CANONICAL",
    "CASES",
    "DTYPE",
    "LOSS_CASES",
    "NOT_NUMERIC",
    "OTHER_FAMILIES",
    "RTOL",
    "TORCH_APIS",
    "Api",
    "Context",
    "FrameworkRaises",
    "LossFn",
    "Outcome",
    "ReferenceLoss",
    "Row",
    "case",
    "outside_the_reference",
    "semantics_of",
]
