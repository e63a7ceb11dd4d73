"""Where a node of the evidence is: in the module being checked, or in one of the user's
modules that it imports (whole-program analysis follows values into them).

Positions come from libcst's metadata, resolved once per module and only for modules that hold
the evidence of a finding (a module without findings never pays for them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from ..findings import Span
from ..paths import display_path
from ..recursion import deep_recursion

# The other modules read: (file, syntax tree, lines before its text: a statement read alone).
Modules = Callable[[], Iterable[tuple[Path, cst.Module, int]]]


class Places:
    def __init__(self, module: cst.Module, filename: str, others: Modules | None = None) -> None:
        self.module = module
        self.filename = filename
        self._others = others
        self._positions: dict[int, Mapping[cst.CSTNode, CodeRange]] = {}

    def locate(self, node: cst.CSTNode) -> tuple[str, Span] | None:
        """(file, span) of ``node``; None when no module read in this analysis holds it."""
        found = self._in(self.module, node)
        if found is not None:
            return self.filename, found
        for path, module, offset in self._others() if self._others is not None else ():
            if module is not self.module:
                found = self._in(module, node)
                if found is not None:
                    start, end = found.start, found.end
                    return display_path(path), Span.of(start.row + offset, start.column,
                                                       end.row + offset, end.column)
        return None

    def is_local(self, node: cst.CSTNode) -> bool:
        return self._in(self.module, node) is not None

    def _in(self, module: cst.Module, node: cst.CSTNode) -> Span | None:
        positions = self._positions.get(id(module))
        if positions is None:
            wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
            with deep_recursion():  # libcst's code generation recurses once per nesting level
                positions = self._positions[id(module)] = wrapper.resolve(PositionProvider)
        code_range = positions.get(node)
        if code_range is None:
            return None
        return Span.of(code_range.start.line, code_range.start.column + 1,
                       code_range.end.line, code_range.end.column + 1)
