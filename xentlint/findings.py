"""The one shape every stage reports in: a finding with its evidence chain and optional fix.

Rows and columns are 1-based; an end position points one past the last character (as ruff).
For notebooks, positions are relative to the cell named by ``cell`` (1-based among all cells).
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Position:
    row: int
    column: int


@dataclass(frozen=True, order=True)
class Span:
    start: Position
    end: Position

    @classmethod
    def of(cls, row: int, column: int, end_row: int, end_column: int) -> "Span":
        return cls(Position(row, column), Position(end_row, end_column))


@dataclass(frozen=True)
class Related:
    """One link of the evidence chain: the layer, the loss, the labels..."""

    filename: str
    span: Span
    message: str
    cell: int | None = None


def mismatch_here(code: str) -> str:
    """The message of the link to the place of a mismatch found in another module."""
    return f"{code}: the mismatch is here"


@dataclass(frozen=True)
class Edit:
    filename: str
    span: Span
    content: str
    cell: int | None = None


@dataclass(frozen=True)
class Fix:
    """A human description and, where a rewrite exists, its edits.

    ``applicability`` is ``"safe"`` only when the intended computation and every ``predict()``
    output provably stay the same; ``"unsafe"`` when the forward pass changes; ``"display"``
    when there are no edits, only advice.
    """

    message: str
    applicability: str = "display"
    edits: tuple[Edit, ...] = ()


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: str  # "error" | "warning"
    message: str
    filename: str
    span: Span
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    cell: int | None = None
    url: str = ""
    # Plain facts of the pairing (activation, units, loss, from_logits, labels, n_classes...),
    # for tools that rebuild it numerically; not part of the report formats.
    context: tuple[tuple[str, object], ...] = ()

    @property
    def facts(self) -> dict[str, object]:
        return dict(self.context)

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.applicability == "safe" and bool(self.fix.edits)

    def sort_key(self) -> tuple:
        return (self.filename, self.cell or 0, self.span.start, self.code)

    @property
    def mismatch_elsewhere(self) -> Related | None:
        """Where the mismatch is, for a finding reported at the call that ran another module's
        code (the mismatch is in that code)."""
        first = self.related[0] if self.related else None
        return first if first is not None and first.message == mismatch_here(self.code) else None

    def with_filename(self, filename: str) -> "Finding":
        return replace(
            self,
            filename=filename,
            related=tuple(replace(r, filename=filename) if r.filename == self.filename else r
                          for r in self.related),
        )


__all__ = ["Edit", "Finding", "Fix", "Position", "Related", "Span"]
