"""Qualified names from a module's imports, in one cheap pass (no libcst scope metadata).

``import tensorflow as tf`` makes ``tf.keras.layers.Dense`` resolve to ``keras.layers.Dense``:
aliases are expanded from the import table, then every spelling of the same API is folded into
one canonical name by the frameworks' spelling tables (spellings.py), so each framework's
tables are keyed once.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterable, Iterator

import libcst as cst

from ..recursion import deep_recursion
from .spellings import Spellings

LABEL_WIDTH = 60
SHORTENED_WIDTH = 80  # a call quoted with its telling arguments only: whole up to this


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


def code_label(module: cst.Module, node: cst.CSTNode) -> str:
    """The user's own spelling of ``node`` on one line, shortened: ``Dense(10, activation=...``."""
    with deep_recursion():
        text = _one_line(_without_comments(module.code_for_node(node)))
        if len(text) > LABEL_WIDTH and isinstance(node, cst.Call):
            for shorter in _shortened_calls(module, node):
                shorter = _one_line(_without_comments(shorter))
                if len(shorter) <= SHORTENED_WIDTH:
                    return shorter
    if isinstance(node, cst.Arg):  # an argument (label_mode="int"), without its comma
        text = text.rstrip(", ")
    if len(text) > LABEL_WIDTH:
        text = text[: LABEL_WIDTH - 3] + "..."
    return text


# Keyword arguments that say what a layer, loss or data source emits or expects; the others
# (initializers, regularizers, names, input shapes, paths...) are left out of a long quote.
_TELLING_KEYWORDS = frozenset({
    "units", "output_dim", "activation", "from_logits", "label_smoothing", "axis", "dim",
    "num_classes", "nb_classes", "out_features", "features", "output_size", "out_size",
    "final_activation", "activate_final", "label_mode", "class_mode", "loss", "ignore_index",
    "reduction", "sparse", "multi_label", "threshold", "thresholds", "num_labels",
    "problem_type", "labels", "logits", "target", "input", "y_true", "y_pred", "depth",
})


# Of those, the ones that say what the output is: kept when nothing else fits.
_DECISIVE_KEYWORDS = frozenset({
    "activation", "final_activation", "activate_final", "from_logits", "num_labels",
    "problem_type", "label_mode", "class_mode",
})


def _shortened_calls(module: cst.Module, call: cst.Call) -> Iterator[str]:
    """A long call quoted shorter, the most telling first: ``Dense(units=1,
    kernel_initializer='uniform', activation='sigmoid')`` as ``Dense(units=1,
    activation='sigmoid', ...)`` (the positional arguments and the telling keywords), then
    ``from_pretrained(..., num_labels=1)`` (the telling keywords), then the keywords that say
    what the output is, then ``Dense(...)``: never cut inside an argument."""
    func = module.code_for_node(call.func)

    def quoted(args: list[cst.Arg]) -> str:
        return ", ".join(module.code_for_node(arg.with_changes(comma=cst.MaybeSentinel.DEFAULT))
                         for arg in args)

    kept = [arg for arg in call.args
            if arg.keyword is None or arg.keyword.value in _TELLING_KEYWORDS]
    if len(kept) < len(call.args):
        yield f"{func}({quoted(kept)}, ...)" if kept else f"{func}(...)"
    for keywords in (_TELLING_KEYWORDS, _DECISIVE_KEYWORDS):
        named = [arg for arg in call.args if arg.keyword is not None
                 and arg.keyword.value in keywords]
        if named and len(named) < len(call.args):
            yield f"{func}(..., {quoted(named)})"
    yield f"{func}(...)"


def _one_line(code: str) -> str:
    """``code`` written over several lines, on one: ``load(\n    path,\n)`` is ``load(path)``."""
    text = ""
    for line in code.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if line.startswith((")", "]", "}")) and text.endswith(","):
            text = text[:-1]  # the trailing comma of arguments written one a line
        elif text and not text.endswith(("(", "[", "{")) and not line.startswith((")", "]", "}")):
            text += " "
        text += line
    return text


def _without_comments(code: str) -> str:
    """``code`` without its comments (a call written over several lines may hold some)."""
    if "#" not in code:
        return code
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline)
                  if t.type != tokenize.COMMENT]
        return tokenize.untokenize(tokens)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return code


class ImportTable:
    """Local name -> fully qualified name, for every import anywhere in the module.

    Function-level imports count too. A relative import keeps its leading dots
    (``from .models import build``: ``.models.build``), for the project to resolve; the modules
    of ``from m import *`` are listed in ``stars``. Only statements are walked (imports are
    never inside expressions): a full libcst visit would cost as much as the whole analysis.
    """

    def __init__(self, spellings: Spellings) -> None:
        self.spellings = spellings
        self.aliases: dict[str, str] = {}
        self.stars: list[str] = []
        # Directories the module puts on sys.path, as written (``sys.path.append("..")``,
        # ``os.path.join("..", "src")``): relative ones are the module's directory's.
        self.search_paths: list[str] = []

    @classmethod
    def of(cls, module: cst.Module, spellings: Spellings) -> ImportTable:
        table = cls(spellings)
        table._walk(module.body)
        return table

    @classmethod
    def of_ast(cls, tree: ast.Module, spellings: Spellings) -> ImportTable:
        """The same table from the standard library's parse (a module read lazily)."""
        table = cls(spellings)
        for node in _statements(tree.body):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname is not None:
                        table.aliases[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        table.aliases.setdefault(top, top)
            elif isinstance(node, ast.ImportFrom):
                base, dots = node.module or "", "." * node.level
                if any(alias.name == "*" for alias in node.names):
                    table.stars.append(dots + base)
                    continue
                prefix = f"{dots}{base}." if base else dots
                for alias in node.names:
                    table.aliases[alias.asname or alias.name] = prefix + alias.name
        return table

    def _walk(self, body: Iterable[cst.CSTNode]) -> None:
        for stmt in body:
            smalls = stmt.body if isinstance(stmt, cst.SimpleStatementLine) else (stmt,)
            for small in smalls:
                if isinstance(small, cst.Import):
                    self._import(small)
                elif isinstance(small, cst.ImportFrom):
                    self._import_from(small)
                elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
                    added = _sys_path_added(small.value)
                    if added is not None:
                        self.search_paths.append(added)
            if isinstance(stmt, cst.BaseCompoundStatement):
                for block in blocks(stmt):
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
        base = dotted_name(node.module) if node.module is not None else ""
        if base is None:
            return
        dots = "." * len(node.relative)
        if isinstance(node.names, cst.ImportStar):
            self.stars.append(dots + base)
            return
        prefix = f"{dots}{base}." if base else dots
        for alias in node.names:
            if not isinstance(alias.name, cst.Name):
                continue
            local = alias.name.value
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                local = alias.asname.name.value
            self.aliases[local] = prefix + alias.name.value

    def star_sources(self, most: int) -> list[str]:
        """The modules of ``from m import *`` to look a name up in: none when there are more
        than ``most`` (a package gathering its submodules' names: which one binds a name would
        mean reading them all)."""
        return self.stars if len(self.stars) <= most else []

    def resolve(self, local: str) -> str | None:
        """Canonical qualified name of a local name bound by an import, or None."""
        full = self.aliases.get(local)
        if full is None or full.startswith("."):
            return full
        return self.spellings.canonical(full)

    def roots(self) -> set[str]:
        """The top-level packages the module imports (``tensorflow``, ``torch``...), whole
        (``from keras.layers import *``) or not."""
        return {full.split(".")[0] for full in (*self.aliases.values(), *self.stars)
                if not full.startswith(".")}


def small_statements(body: cst.BaseSuite) -> Iterator[cst.BaseSmallStatement]:
    """The simple statements on the lines of ``body`` (a function's) and of the blocks of its
    compound statements; not those of the functions and classes it defines."""
    pending: list[cst.CSTNode] = list(body.body)
    while pending:
        stmt = pending.pop()
        if isinstance(stmt, cst.SimpleStatementLine):
            yield from stmt.body
        elif isinstance(stmt, cst.BaseCompoundStatement) and not isinstance(
                stmt, (cst.FunctionDef, cst.ClassDef)):
            pending.extend(inner for block in blocks(stmt) for inner in block.body)


def blocks(stmt: cst.BaseCompoundStatement) -> Iterator[cst.BaseSuite]:
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


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement, in blocks too, but not the expressions (imports are statements)."""
    for stmt in body:
        yield stmt
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(stmt, field, None)
            if isinstance(inner, list):
                yield from _statements([s for s in inner if isinstance(s, ast.stmt)])
                for handler in inner:
                    if isinstance(handler, (ast.ExceptHandler, ast.match_case)):
                        yield from _statements(handler.body)


_PATH_FUNCTIONS = frozenset({"abspath", "realpath", "normpath", "join"})


def _sys_path_added(call: cst.Call) -> str | None:
    """``sys.path.append("..")``, ``sys.path.insert(0, os.path.abspath("../src"))``: the
    directory written (None: not such a call, or not a literal path)."""
    name = dotted_name(call.func)
    if name not in ("sys.path.append", "sys.path.insert") or not call.args:
        return None
    return _literal_path(call.args[-1].value)


def _literal_path(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and (
            node.func.attr.value in _PATH_FUNCTIONS and node.args):
        parts = [_literal_path(arg.value) for arg in node.args]
        return None if None in parts else "/".join(p for p in parts if p is not None)
    return None

