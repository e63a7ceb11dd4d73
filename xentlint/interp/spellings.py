"""How the spellings of one API fold into its canonical name (data from the frameworks)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Spellings:
    """How the spellings of one API fold into its canonical name.

    ``prefixes``: ``(prefix, replacement)``, longest first (a spelling may need two folds:
    ``tensorflow.keras.preprocessing`` -> ``keras.preprocessing`` -> ``keras.utils``);
    ``exact``: whole names; ``flat``: namespaces whose objects are re-exported from deep module
    paths (``keras.layers.core.Dense`` is ``keras.layers.Dense``); ``folded``: the same, into
    another namespace (``torch.nn.modules.loss.CrossEntropyLoss`` is ``torch.nn``'s);
    ``exported``: ``(package, name, module)``, a module another library's package gives to a
    ``from package... import *`` (``from fastai.vision.all import *`` binds ``nn`` to
    ``torch.nn``).
    """

    prefixes: tuple[tuple[str, str], ...] = ()
    exact: tuple[tuple[str, str], ...] = ()
    flat: tuple[str, ...] = ()
    folded: tuple[tuple[str, str], ...] = ()
    exported: tuple[tuple[str, str, str], ...] = ()
    _cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def merge(cls, parts: Iterable[Spellings]) -> Spellings:
        parts = list(parts)
        prefixes = sorted((p for part in parts for p in part.prefixes), key=lambda p: -len(p[0]))
        return cls(tuple(prefixes), tuple(e for p in parts for e in p.exact),
                   tuple(f for p in parts for f in p.flat),
                   tuple(f for p in parts for f in p.folded),
                   tuple(e for p in parts for e in p.exported))

    def star_exported(self, source: str, name: str) -> str | None:
        """The module ``name`` is after ``from source import *``, where ``source``'s package
        re-exports another library's module under that name."""
        for package, local, module in self.exported:
            if local == name and (source == package or source.startswith(package + ".")):
                return module
        return None

    def canonical(self, qualname: str) -> str:
        """Fold every import spelling of an API into the one name the tables use."""
        found = self._cache.get(qualname)
        if found is None:
            found = self._cache[qualname] = self._fold(qualname)
        return found

    def _fold(self, qualname: str) -> str:
        exact = dict(self.exact)
        for _ in range(4):
            if qualname in exact:  # an exact spelling ends the folds
                return exact[qualname]
            for prefix, replacement in self.prefixes:
                if qualname.startswith(prefix):
                    folded = replacement + qualname[len(prefix):]
                    break
            else:
                break
            if folded == qualname:
                break
            qualname = folded
        for namespace in self.flat:
            if qualname.startswith(namespace + "."):
                rest = qualname[len(namespace) + 1:].split(".")
                if len(rest) > 1:
                    return f"{namespace}.{rest[-1]}"
        for namespace, replacement in self.folded:
            if qualname.startswith(namespace + "."):
                return f"{replacement}.{qualname.rsplit('.', 1)[-1]}"
        return qualname
