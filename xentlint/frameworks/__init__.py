"""The frameworks xentlint reads, one registry row each.

A row says how a framework is recognised (the packages it is imported from), how its APIs are
spelled (folded into one canonical name), which words make a file worth parsing, and where
its extractor and its runtime companion (verify backend, guard) live. Everything else that
iterates over frameworks reads this table: adding a framework is one package under
``frameworks/`` and one row here.

Importing this module is cheap (no libcst): the extractors and runtimes are imported by name
when they are used. The shared mechanics (``frameworks/shared``) come first in every
composition, then the frameworks in registry order: for each hook kind, the first handler
that answers wins.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, cast

from ..interp.spellings import Spellings

if TYPE_CHECKING:
    from ..facts import Expects
    from ..interp.api import Hooks
    from .specs import LossSpec


class Runtime(Protocol):
    """A framework's runtime companion (``frameworks/<name>/runtime.py``), for the guard and
    ``verify``; it imports its framework only when asked to."""

    CALL_MACHINERY: tuple[str, ...]  # packages whose frames stand between the user and a loss

    def loss_of(self, loss_fn: object) -> tuple[LossSpec, str, Expects | None] | None:
        """The table row of a loss object or function, its name, what it expects."""

    def wrap(self, loss_fn: Any, watcher: Any) -> Any | None:
        """The loss object, guarded, as an object of its framework (None: not one of its)."""

    Backend: Any  # the framework's own losses, as verify's LossFn


@dataclass(frozen=True)
class Framework:
    name: str  # the word of the config's `frameworks` list
    tag: str  # its column in the rule catalog ("K", "T", "J", "TF")
    roots: frozenset[str]  # a file that imports one of these packages is this framework's
    spellings: Spellings
    prefilter_words: tuple[str, ...]  # lower-case words whose presence makes a file worth parsing
    extractor: str  # module with `hooks() -> Hooks`
    runtime: str | None = None  # module of its Runtime
    semantics: str | None = None  # the reference semantics of its losses (xentlint.reference)
    # Its column of the rule catalog is implemented: every rule of the column documents a bad
    # and a good example in this framework, and they are tests.
    rules_implemented: bool = False
    requires: tuple[str, ...] = ()  # frameworks whose names its code uses as its own

    def hooks(self) -> Hooks:
        return importlib.import_module(self.extractor).hooks()

    def load_runtime(self) -> Runtime | None:
        return cast(Runtime, importlib.import_module(self.runtime)) if self.runtime else None


SHARED = Framework(
    name="shared", tag="", roots=frozenset(),
    spellings=Spellings(prefixes=(
        ("sklearn.preprocessing._label.", "sklearn.preprocessing."),
        ("sklearn.preprocessing._encoders.", "sklearn.preprocessing."),
    )),
    prefilter_words=("loss", "entropy", "softmax", "sigmoid", "logits", "argmax", "probs",
                     "log(", "> 0.5", ">0.5", "> .5", ">= 0.5", ">=0.5",
                     # (a hand-written NLL picks each sample's entry: -out.gather(1, a).mean())
                     "gather(", "take_along_axis"),
    extractor="xentlint.frameworks.shared.extract",
)

REGISTRY: tuple[Framework, ...] = (
    Framework(
        name="keras", tag="K",
        roots=frozenset({"keras", "tensorflow", "tf_keras", "keras_hub", "keras_nlp",
                         "tensorflow_addons", "scikeras",
                         "keras_cv", "spektral", "stellargraph"}),
        spellings=Spellings(
            prefixes=(
                ("tensorflow.compat.v1.keras.", "keras."),
                ("tensorflow.compat.v2.keras.", "keras."),
                ("tensorflow.python.keras.", "keras."),
                ("tensorflow.keras.", "keras."),
                ("tf_keras.", "keras."),
                ("keras.api.", "keras."),
                ("keras.src.", "keras."),
                ("keras.backend.", "keras.ops."),
                ("keras.preprocessing.image.", "keras.preprocessing.image."),
                ("keras.preprocessing.", "keras.utils."),
                ("tensorflow.losses.", "keras.losses."),  # TF2's tf.losses is Keras'
                ("keras.objectives.", "keras.losses."),  # (Keras 1's name, an alias in 2.0)
                # TF 1.1 to 1.3 shipped Keras as tf.contrib.keras (its deep paths too)
                ("tensorflow.contrib.keras.python.keras.", "keras."),
                ("tensorflow.contrib.keras.", "keras."),
            ),
            exact=(
                ("tensorflow.keras", "keras"),
                ("tensorflow.python.keras", "keras"),
                ("tensorflow.compat.v1.keras", "keras"),
                ("tf_keras", "keras"),
                ("tensorflow.contrib.keras", "keras"),
                ("keras.objectives", "keras.losses"),
                ("keras.backend", "keras.ops"),
                # (read a step at a time: keras.preprocessing.image.ImageDataGenerator)
                ("keras.preprocessing.image", "keras.preprocessing.image"),
            ),
            # Keras 2 and tf.keras expose the same objects from deep module paths
            # (keras.layers.core.Dense, keras.utils.np_utils.to_categorical).
            flat=("keras.layers", "keras.losses", "keras.metrics", "keras.activations",
                  "keras.utils", "keras.models", "keras.applications"),
        ),
        # (".fit(": a script that only trains a model compiled elsewhere, on its labels)
        prefilter_words=("compile", "predict", ".fit("),
        extractor="xentlint.frameworks.keras.extract",
        runtime="xentlint.frameworks.keras.runtime",
        semantics="keras",
        rules_implemented=True,
        # Keras code uses TensorFlow's ops as its own: activation=tf.nn.softmax, tf.data.
        requires=("tf",),
    ),
    Framework(
        name="torch", tag="T",
        # (Hugging Face's transformers and accelerate: their models and loops are read here)
        roots=frozenset({"torch", "torchvision", "lightning", "pytorch_lightning", "timm",
                         "transformers", "accelerate", "segmentation_models_pytorch",
                         "fastai", "ignite", "skorch", "poutyne", "torchbearer",
                         "torch_geometric", "dgl"}),
        spellings=Spellings(
            prefixes=(
                ("pytorch_lightning.", "lightning."),
                ("lightning.pytorch.", "lightning."),
                ("torch_geometric.nn.conv.", "torch_geometric.nn."),
                ("dgl.nn.pytorch.conv.", "dgl.nn."),
                ("dgl.nn.pytorch.", "dgl.nn."),
                *((f"timm.loss.{module}.", "timm.loss.") for module in (
                    "cross_entropy", "binary_cross_entropy", "asymmetric_loss", "jsd")),
            ),
            # (fastai's `from fastai.vision.all import *` re-exports every submodule's names)
            flat=("torchvision.ops", "torchvision.datasets", "lightning", "fastai", "skorch",
                  "poutyne", "torchbearer"),
            folded=(("torch.nn.modules", "torch.nn"),),
            exported=tuple(("fastai", name, module) for name, module in (
                ("torch", "torch"), ("nn", "torch.nn"), ("F", "torch.nn.functional"),
                ("np", "numpy"), ("pd", "pandas"))),
        ),
        # (num_labels: a Hugging Face classifier trained by a Trainer computes its loss itself)
        prefilter_words=("nll", "kl_div", "num_labels"),
        extractor="xentlint.frameworks.torch.extract",
        runtime="xentlint.frameworks.torch.runtime",
        semantics="torch",
        rules_implemented=True,
    ),
    Framework(
        name="jax", tag="J",
        roots=frozenset({"jax", "optax", "flax", "equinox", "haiku"}),
        spellings=Spellings(
            prefixes=(("optax.losses.", "optax."), ("optax._src.loss.", "optax."),
                      ("jax.experimental.stax.", "jax.example_libraries.stax.")),
            # flax re-exports its layers and activations from deep module paths
            # (flax.linen.linear.Dense is flax.linen.Dense).
            flat=("flax.linen", "flax.nnx"),
        ),
        prefilter_words=(),
        extractor="xentlint.frameworks.jax.extract",
        runtime="xentlint.frameworks.jax.runtime",
        semantics="optax",
        rules_implemented=True,
    ),
    Framework(
        name="tf", tag="TF",
        roots=frozenset({"tensorflow", "tensorflow_datasets"}),
        spellings=Spellings(
            prefixes=(
                ("tensorflow.compat.v1.", "tensorflow."),
                ("tensorflow.compat.v2.", "tensorflow."),
                ("tensorflow.math.", "tensorflow."),
            ),
            # TF1's loss functions keep their names; the rest of tf.losses is Keras'.
            exact=tuple((f"tensorflow.losses.{name}", f"tensorflow.losses.{name}") for name in (
                "softmax_cross_entropy", "sparse_softmax_cross_entropy",
                "sigmoid_cross_entropy", "log_loss", "mean_squared_error",
                "absolute_difference", "huber_loss", "hinge_loss", "cosine_distance",
                "mean_pairwise_squared_error")),
        ),
        prefilter_words=(),
        extractor="xentlint.frameworks.tf.extract",
        runtime="xentlint.frameworks.tf.runtime",
        semantics="tf",
        rules_implemented=True,
    ),
)

NAMES: tuple[str, ...] = tuple(f.name for f in REGISTRY)
SPELLINGS = Spellings.merge(f.spellings for f in (SHARED, *REGISTRY))
PREFILTER_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    word for f in (SHARED, *REGISTRY) for word in f.prefilter_words))


def framework(name: str) -> Framework:
    for row in REGISTRY:
        if row.name == name:
            return row
    raise KeyError(name)


def by_tag(tag: str) -> Framework:
    for row in REGISTRY:
        if row.tag == tag:
            return row
    raise KeyError(tag)


def imported(roots: Iterable[str], allowed: Iterable[str] | None = None) -> frozenset[str]:
    """The frameworks a file imports (of those ``allowed``; None: all of them), with the ones
    they require."""
    roots = set(roots)
    names = set(allowed) if allowed is not None else set(NAMES)
    found = {f.name for f in REGISTRY if f.name in names and f.roots & roots}
    return frozenset(found | {r for f in REGISTRY if f.name in found for r in f.requires})


@lru_cache(maxsize=None)
def hooks_for(names: frozenset[str]) -> Hooks:
    """The shared mechanics and the named frameworks' extractors, in registry order."""
    hooks = SHARED.hooks()
    for row in REGISTRY:
        if row.name in names:
            hooks.extend(row.hooks())
    return hooks


@lru_cache(maxsize=None)
def fix_names() -> dict[tuple[str, str], str]:
    """What a fix rewrites an API into, every framework's ``tables.FIX_NAMES`` together:
    (canonical name, intent) -> the real qualified name of the replacement (for a loss string,
    keyed by the string: the string, or the class that takes its flag). Intents: "log" the
    fused log of an activation; "sigmoid" / "softmax" the same API with the other activation;
    "index" / "onehot" the loss for class indices / one-hot targets; "logits" / "probs" the
    loss on logits / probabilities; "binary" the binary loss; "predictions" the method that
    returns what a decoding method decodes. A tensor method is keyed by ``".name"``."""
    names: dict[tuple[str, str], str] = {}
    for row in REGISTRY:
        module = importlib.import_module(row.extractor.rsplit(".", 1)[0] + ".tables")
        names.update(getattr(module, "FIX_NAMES", {}))
    return names


__all__ = ["Framework", "NAMES", "PREFILTER_WORDS", "REGISTRY", "SHARED", "SPELLINGS", "by_tag",
           "fix_names", "framework", "hooks_for", "imported"]
