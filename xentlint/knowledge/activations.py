"""What each activation's output is, in terms the rules reason about."""

from __future__ import annotations

from ..facts import EXCLUSIVE, INDEPENDENT, LOG_PROBS, NOT_PROBS

# Canonical activation name -> what its output is.
KINDS: dict[str, str] = {
    "softmax": EXCLUSIVE,
    "sigmoid": INDEPENDENT,
    "hard_sigmoid": INDEPENDENT,
    "log_softmax": LOG_PROBS,
    "log_sigmoid": LOG_PROBS,
    **{name: NOT_PROBS for name in (
        "linear", "relu", "relu6", "leaky_relu", "elu", "selu", "gelu", "tanh", "softplus",
        "softsign", "swish", "silu", "mish", "exponential", "hard_silu", "hard_swish",
        "hard_tanh", "celu", "glu", "squareplus", "sparse_plus", "soft_shrink", "tanh_shrink",
        "prelu", "normalization",
    )},
}

# Activations whose outputs are never negative: their log is defined (a Poisson rate).
POSITIVE = frozenset({"relu", "relu6", "softplus", "exponential", "squareplus", "sparse_plus"})

# Spellings of the same activation in strings (``Dense(10, activation="Softmax")`` works too).
ALIASES: dict[str, str] = {
    "none": "linear",
    "identity": "linear",
    "logsoftmax": "log_softmax",
    "logsigmoid": "log_sigmoid",
    "hardsigmoid": "hard_sigmoid",
    "leakyrelu": "leaky_relu",
}


def canonical_activation(name: str) -> str | None:
    """The canonical activation of a string, or None when it is not a known activation."""
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    return key if key in KINDS else None


def kind_of(activation: str) -> str | None:
    return KINDS.get(activation)
