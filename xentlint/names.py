"""Qualified names from a module's imports, in one cheap pass (no libcst scope metadata).

``import tensorflow as tf`` makes ``tf.keras.layers.Dense`` resolve to ``keras.layers.Dense``:
aliases are expanded from the import table, then every spelling of the same API is folded
into one canonical name by a prefix table, so the framework tables are keyed once.
"""

from __future__ import annotations

from functools import lru_cache

import libcst as cst

# Longest prefix first. Each spelling of Keras maps onto the Keras 3 public namespace.
_CANONICAL_PREFIXES: tuple[tuple[str, str], ...] = (
    ("tensorflow.compat.v1.keras.", "keras."),
    ("tensorflow.compat.v2.keras.", "keras."),
    ("tensorflow.python.keras.", "keras."),
    ("tensorflow.keras.", "keras."),
    ("tf_keras.", "keras."),
    ("keras.api.", "keras."),
    ("keras.src.", "keras."),
    ("tensorflow.compat.v1.", "tensorflow."),
    ("tensorflow.compat.v2.", "tensorflow."),
    ("tensorflow.math.", "tensorflow."),
    ("keras.backend.", "keras.ops."),
    ("keras.preprocessing.image.", "keras.preprocessing.image."),
    ("keras.preprocessing.", "keras.utils."),
    ("pytorch_lightning.", "lightning."),
    ("lightning.pytorch.", "lightning."),
    ("sklearn.preprocessing._label.", "sklearn.preprocessing."),
    ("sklearn.preprocessing._encoders.", "sklearn.preprocessing."),
)
_CANONICAL_EXACT = {
    "tensorflow.keras": "keras",
    "tensorflow.python.keras": "keras",
    "tensorflow.compat.v1.keras": "keras",
    "tf_keras": "keras",
    "keras.backend": "keras.ops",
}
# Keras 2 and tf.keras expose the same objects from deep module paths
# (``keras.layers.core.Dense``, ``keras.utils.np_utils.to_categorical``): keep the last part.
_FLAT_NAMESPACES = ("keras.layers", "keras.losses", "keras.metrics", "keras.activations",
                    "keras.utils", "keras.models", "keras.applications",
                    "torchvision.ops", "torchvision.datasets", "lightning")
# Likewise, with another namespace: torch.nn.modules.loss.CrossEntropyLoss is torch.nn's.
_FOLDED_NAMESPACES = {"torch.nn.modules": "torch.nn"}


@lru_cache(maxsize=4096)
def canonical(qualname: str) -> str:
    """Fold every import spelling of an API into the one name the knowledge tables use."""
    if qualname in _CANONICAL_EXACT:
        return _CANONICAL_EXACT[qualname]
    for _ in range(3):  # a spelling may need two folds: tensorflow.keras.preprocessing -> ...
        for prefix, replacement in _CANONICAL_PREFIXES:
            if qualname.startswith(prefix):
                folded = replacement + qualname[len(prefix):]
                break
        else:
            break
        if folded == qualname:
            break
        qualname = folded
    for namespace in _FLAT_NAMESPACES:
        if qualname.startswith(namespace + "."):
            rest = qualname[len(namespace) + 1:].split(".")
            if len(rest) > 1:
                return f"{namespace}.{rest[-1]}"
    for namespace, replacement in _FOLDED_NAMESPACES.items():
        if qualname.startswith(namespace + "."):
            return f"{replacement}.{qualname.rsplit('.', 1)[-1]}"
    return qualname


def dotted_name(node: cst.BaseExpression) -> str | None:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if not isinstance(node, cst.Name):
        return None
    parts.append(node.value)
    return ".".join(reversed(parts))


class ImportTable:
    """Local name -> fully qualified name, for every import anywhere in the module.

    Function-level imports count too; relative imports (the user's own modules) are left out.
    Only statements are walked (imports are never inside expressions): a full libcst visit
    would cost as much as the whole analysis.
    """

    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}

    @classmethod
    def of(cls, module: cst.Module) -> "ImportTable":
        table = cls()
        table._walk(module.body)
        return table

    def _walk(self, body) -> None:
        for stmt in body:
            smalls = stmt.body if isinstance(stmt, cst.SimpleStatementLine) else (stmt,)
            for small in smalls:
                if isinstance(small, cst.Import):
                    self._import(small)
                elif isinstance(small, cst.ImportFrom):
                    self._import_from(small)
            if isinstance(stmt, cst.BaseCompoundStatement):
                for block in _blocks(stmt):
                    self._walk(block.body)

    def _import(self, node: cst.Import) -> None:
        for alias in node.names:
            full = dotted_name(alias.name)
            if full is None:
                continue
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                self.aliases[alias.asname.name.value] = full
            else:
                top = full.split(".")[0]
                self.aliases.setdefault(top, top)

    def _import_from(self, node: cst.ImportFrom) -> None:
        if node.relative or node.module is None or isinstance(node.names, cst.ImportStar):
            return
        base = dotted_name(node.module)
        if base is None:
            return
        for alias in node.names:
            if not isinstance(alias.name, cst.Name):
                continue
            local = alias.name.value
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                local = alias.asname.name.value
            self.aliases[local] = f"{base}.{alias.name.value}"

    def resolve(self, local: str) -> str | None:
        """Canonical qualified name of a local name bound by an import, or None."""
        full = self.aliases.get(local)
        return canonical(full) if full is not None else None


def _blocks(stmt: cst.BaseCompoundStatement):
    """The statement blocks of a compound statement (body, else, handlers, finally, cases)."""
    if not isinstance(stmt, cst.Match):
        yield stmt.body
    for attr in ("orelse", "finalbody"):
        extra = getattr(stmt, attr, None)
        while isinstance(extra, cst.If):  # elif chains
            yield extra.body
            extra = extra.orelse
        if extra is not None:
            yield extra.body
    for handler in getattr(stmt, "handlers", ()):
        yield handler.body
    for case in getattr(stmt, "cases", ()):
        yield case.body
