"""Where a node of the evidence is: in the module being checked, or in one of the user's
modules that it imports (whole-program analysis follows values into them).

Positions come from libcst's metadata, resolved once per module and only for modules that hold
the evidence of a finding (a module without findings never pays for them). In the module being
checked, whose text is at hand, a node is placed without generating the whole module's code
(that costs twice the parse): see :class:`_Text`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import fields
from pathlib import Path
from typing import cast

import libcst as cst
from libcst.metadata import CodePosition, CodeRange, MetadataWrapper, PositionProvider
from libcst.metadata.position_provider import PositionProvidingCodegenState

from ..findings import Span
from ..paths import display_path
from ..recursion import deep_recursion

# The other modules read: (file, syntax tree, lines before its text: a statement read alone).
Modules = Callable[[], Iterable[tuple[Path, cst.Module, int]]]


class Places:
    def __init__(self, module: cst.Module, filename: str, others: Modules | None = None,
                 source: str | None = None) -> None:
        """``source``: the text ``module`` was parsed from, if the caller has it."""
        self.module = module
        self.filename = filename
        self._others = others
        self._positions: dict[int, Mapping[cst.CSTNode, CodeRange]] = {}
        self._text = _Text(module, source) if source is not None and "\r" not in source else None

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
        if positions is None and module is self.module and self._text is not None:
            with deep_recursion():
                placed = self._text.place(node)
            if placed is not _UNKNOWN:
                return _span(placed) if isinstance(placed, CodeRange) else None
        if positions is None:
            wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
            with deep_recursion():  # libcst's code generation recurses once per nesting level
                positions = self._positions[id(module)] = wrapper.resolve(PositionProvider)
        code_range = positions.get(node)
        return _span(code_range) if code_range is not None else None


def _span(code_range: CodeRange) -> Span:
    return Span.of(code_range.start.line, code_range.start.column + 1,
                   code_range.end.line, code_range.end.column + 1)


_UNKNOWN = object()  # the text alone cannot tell: resolve the whole module's positions


class _Text:
    """Positions in a module from its text: libcst's own, computed for one node or one
    top-level statement, from where its code is in the text.

    A node belongs to the top-level statement whose walk (of the nodes' fields) meets it:
    statements are walked from the one where the node's code is in the text, so a node here is
    found at once, and a node elsewhere after one walk of the module. Its place is where its
    code (generated alone, as its parent generates it: no argument from the parent, no
    indentation) occurs in the text, if it occurs once; else where its top-level statement's
    code occurs once (with the statements around it, while it repeats). Anything else (code
    generated differently alone, such as the last newline a text may lack; text repeated) is
    ``_UNKNOWN``, and the module's positions are resolved as before.
    """

    def __init__(self, module: cst.Module, source: str) -> None:
        self.module = module
        self.source = source
        self._rows = source.count("\n") + 1
        self._members: dict[int, set[int]] = {}  # statement index → ids of its nodes
        # statement index → its positions as generated alone, and its first row in the text
        self._statements: dict[int, tuple[Mapping[cst.CSTNode, CodeRange], int] | None] = {}
        self._codes: dict[int, str] = {}  # statement index → its code

    def place(self, node: cst.CSTNode) -> CodeRange | None | object:
        """``node``'s position; None when it is not in the module; or ``_UNKNOWN``."""
        if node is self.module:
            return _UNKNOWN
        alone = _alone(self.module, node)
        if alone is not None and alone[0].endswith("\n") and not self.module.has_trailing_newline:
            alone = None  # it may hold the module's last newline, which is not in the text
        offsets = _occurrences(self.source, alone[0]) if alone is not None and alone[0] else []
        index = self._statement_of(node, self._row(offsets[0]) if offsets else 1)
        if index is None:  # in the lines before or after the statements, or not here at all
            edges = (*self.module.header, *self.module.footer)
            return _UNKNOWN if any(n is node for e in edges for n in _walk(e)) else None
        if alone is not None and len(offsets) == 1:
            column = offsets[0] - self.source.rfind("\n", 0, offsets[0]) - 1
            return _moved(alone[1][node], self._row(offsets[0]), column)
        if index not in self._statements:
            self._statements[index] = self._statement_positions(index)
        found = self._statements[index]
        if found is None or node not in found[0]:
            return _UNKNOWN
        return _moved(found[0][node], found[1], 0)

    def _row(self, offset: int) -> int:
        return self.source.count("\n", 0, offset) + 1

    def _statement_of(self, node: cst.CSTNode, row: int) -> int | None:
        """The index of the top-level statement that holds ``node``, or None."""
        body = self.module.body
        guess = max(0, min(len(body) - 1, (row - 1) * len(body) // self._rows))
        for index in _outwards(guess, len(body)):
            members = self._members.get(index)
            if members is None:
                members = self._members[index] = set(map(id, _walk(body[index])))
            if id(node) in members:
                return index
        return None

    def _statement_positions(
            self, index: int) -> tuple[Mapping[cst.CSTNode, CodeRange], int] | None:
        """The statement's positions, placed where its code occurs once in the text; a code
        that occurs more than once is widened with the statements around it (a repeated line)."""
        body = self.module.body
        last = len(body) if self.module.has_trailing_newline else len(body) - 1
        if index >= last:
            return None  # its last newline is not in the text
        alone = _alone(self.module, body[index], top_level=True)
        if alone is None or not alone[0]:
            return None
        for width in range(_WIDEST):
            first, stop = max(0, index - width), min(last, index + width + 1)
            before = "".join(self._code(k) for k in range(first, index))
            after = "".join(self._code(k) for k in range(index + 1, stop))
            offsets = _occurrences(self.source, before + alone[0] + after)
            if len(offsets) == 1:
                return alone[1], self._row(offsets[0] + len(before))
            if not offsets or (first == 0 and stop == last):
                return None
        return None

    def _code(self, index: int) -> str:
        if index not in self._codes:
            self._codes[index] = self.module.code_for_node(self.module.body[index])
        return self._codes[index]


_WIDEST = 8  # statements on each side


class _State(PositionProvidingCodegenState):
    """libcst's position-tracking code generation, which notes any use of the indentation
    (code generated alone would lack the indentation it has in the module)."""

    indented = False

    def add_indent_tokens(self) -> None:
        self.indented = True
        super().add_indent_tokens()


_SELF_CONTAINED: dict[type, bool] = {}


def _alone(module: cst.Module, node: cst.CSTNode, top_level: bool = False,
           ) -> tuple[str, Mapping[cst.CSTNode, CodeRange]] | None:
    """``node``'s code generated alone and the positions in it, if that is its code in the
    module: its parent passes no argument to its code generation, and it uses no indentation
    (at the top level, the module passes none and there is no indentation to inherit)."""
    kind = type(node)
    if kind not in _SELF_CONTAINED:
        parameters = inspect.signature(kind._codegen_impl).parameters
        _SELF_CONTAINED[kind] = list(parameters) == ["self", "state"]
    if not (_SELF_CONTAINED[kind] or top_level):
        return None
    provider = PositionProvider()
    state = _State(default_indent=module.default_indent, default_newline=module.default_newline,
                   provider=provider)
    node._codegen(state)
    if state.indented and not top_level:
        return None
    return "".join(state.tokens), cast("Mapping[cst.CSTNode, CodeRange]", provider._computed)


def _moved(code_range: CodeRange, row: int, column: int) -> CodeRange:
    """A range of code generated alone (from row 1, column 0), for that code at (row, column)."""
    def move(position: CodePosition) -> CodePosition:
        return CodePosition(position.line + row - 1,
                            position.column + (column if position.line == 1 else 0))

    return CodeRange(move(code_range.start), move(code_range.end))


def _occurrences(text: str, code: str, most: int = 2) -> list[int]:
    found: list[int] = []
    at = text.find(code)
    while at != -1 and len(found) < most:
        found.append(at)
        at = text.find(code, at + 1)
    return found


def _outwards(start: int, count: int) -> Iterator[int]:
    if count:
        yield start
    for step in range(1, count):
        for index in (start + step, start - step):
            if 0 <= index < count:
                yield index


_FIELDS: dict[type, tuple[str, ...]] = {}


def _walk(root: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Every node under ``root`` (its fields, without libcst's visitors: five times faster)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        kind = type(node)
        names = _FIELDS.get(kind)
        if names is None:
            names = _FIELDS[kind] = tuple(f.name for f in fields(kind))
        for name in names:
            value = getattr(node, name)
            if isinstance(value, cst.CSTNode):
                stack.append(value)
            elif isinstance(value, (tuple, list)):
                stack.extend(v for v in value if isinstance(v, cst.CSTNode))
