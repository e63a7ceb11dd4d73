"""The user's own modules: found on disk from an import, read for what they bind.

``from .models import build_model`` in ``train.py`` makes ``build_model`` the function defined
in ``models.py``: the module is read (never imported or executed), the statements that make the
name (the one that binds it, and those that change it after) are run by the interpreter the
first time the name is used (lazy.py: a module's *summary* is its names and imports, as a
:class:`Scope`), and the function runs where ``train.py`` calls
it, reading ``models.py``'s names. Constants (``config.NUM_CLASSES``), classes, model and loss
objects and re-exports through ``__init__.py`` come the same way. Each module is read once per
run and each statement run once, whatever reads it first; a module changed on disk is read again.

A module is looked for next to the importing file (a script's directory is on ``sys.path``), in
the project that holds it (the nearest directory with a ``pyproject.toml``, and its ``src/``)
and under the configured roots (the config's directory, its ``src/``, the ``src`` setting);
relative imports from the importing file's package (locate.py). What is not found there (the
standard library, installed packages, anything else) is not the user's: the frameworks' tables
read it, or it is unknown. A name whose statement is running (an import cycle) is unknown to
what that statement reads.

What an analysis consulted on disk (:meth:`Project.consulted`: the module files read, each
lookup of a name in a directory, each package's ``__init__.py``) is recorded with what was
found, transitively through the names of modules read in earlier analyses, so that a cache
(pipeline/cache.py) can tell when a stored result is still the one the files give. The same
record keeps a long-lived process current: a module's summary is dropped when a module its
names were read from has changed, or when one of its imports would now find another module (a
module created since) (:meth:`Project.invalidate`), and so on up, since what it bound may hold
the old values. An :attr:`Project.overlay` (the language server's unsaved
buffers) gives the text of some files instead of the disk.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import libcst as cst

from ..parsing import parse_module
from .lazy import LazyNames, ModuleSource
from .locate import absolute, find_module, module_code, package_of, search_order
from .names import blocks
from .scope import Scope
from .spellings import Spellings
from .values import UNKNOWN, ProjectModule, Value

if TYPE_CHECKING:
    from .api import Hooks
    from .interpreter import Interpreter

MAX_MODULES = 512  # modules kept between analyses (their summaries with them)
# A module read for what it binds is the user's own code, not a framework's: one bigger than
# this (a library vendored into the project) is unknown, and one module's code (or one of its
# statements) reads at most MAX_MODULES_READ others. These bound a run's cost; what a module or
# a name is depends only on the files, never on what was read before.
MAX_MODULE_CHARS = 150_000
MAX_MODULES_READ = 12
# How many statements of imported modules may be running inside each other (a name whose
# statement needs a name of another module, and so on): deeper, the name waits until it is
# read from a shallower place.
MAX_NESTED_READS = 6
# `from config import *` is followed; a module of more (ImportTable.star_sources) is not.
MAX_STAR_IMPORTS = 4

Consulted = dict[tuple[str, Path, str], object]
"""What was consulted on disk and what it gave: ``("file", path, "")`` → ``(mtime_ns, size)``
of a module read, ``("find", directory, name)`` → the module found for ``name`` there (or
None), ``("code", module, "")`` → the file that binds a module's names (or None)."""

TextOf = Callable[[Path], "str | None"]  # a module's text (None: it cannot be read)
Overlay = Mapping[Path, "tuple[tuple[int, int], str]"]
"""Texts that replace files (an editor's open buffers): path → (a stamp of its own, changed
with the text and never a file's, text)."""
HooksFor = Callable[[frozenset[str]], "Hooks"]
Frameworks = Callable[[Iterable[str]], frozenset[str]]


class Reader(Protocol):
    """The code that reads a module (an interpreter): what it needs from the reading."""

    active: frozenset[str]  # the frameworks whose hooks it runs
    reached: set[Path]  # the modules it has read so far
    overrides: dict[tuple[Path, str], Value]  # module names its code changed

    def library(self, qualname: str) -> Value:
        """The value of a name that is not the user's (an installed package's)."""


class Project:
    """The modules of one project, each read at most once per run (again if changed)."""

    def __init__(self, roots: Iterable[Path], read: TextOf, spellings: Spellings,
                 hooks_for: HooksFor, frameworks_of: Frameworks,
                 libraries: frozenset[str]) -> None:
        self.roots = tuple(dict.fromkeys(absolute(r) for r in roots if r.is_dir()))
        # Packages the frameworks' tables read: never the user's, even where a directory of
        # that name lies under a root (the keras source tree checked from its parent).
        self.libraries = libraries
        self.spellings = spellings
        self.hooks_for = hooks_for
        self.frameworks_of = frameworks_of  # the frameworks that import roots make active
        self._read = read
        self.overlay: Overlay = {}  # (empty but in the language server: no lookup in it)
        self._modules: OrderedDict[Path, _Known] = OrderedDict()
        self._summaries: dict[Path, tuple[Scope, frozenset[str]]] = {}
        self._nested_reads = 0
        # The frameworks the modules read in this analysis import: their hooks run in it too
        # (``model.fit`` on the model that ``build_model()`` from a Keras module returns).
        self.frameworks_used: set[str] = set()
        self._definitions: dict[cst.CSTNode, Scope] = {}
        self._found: dict[tuple[Path, str], Path | None] = {}
        self._checked: set[Path] = set()  # modules whose file was compared with disk this time
        self._resolving: set[tuple[Path, str]] = set()  # module members being looked up
        self._codes: dict[Path, Path | None] = {}  # a module's file (a package: __init__.py)
        self._searched: dict[Path | None, tuple[Path, ...]] = {}  # importer -> directories
        # What this analysis consulted, and what each module's statements consulted when they
        # were read (in any analysis): a module's record joins every reader of the module.
        self._consulted: Consulted = {}
        self._loading: list[Consulted] = []
        self._module_consulted: dict[Path, Consulted] = {}
        self._refreshed: set[Path] = set()  # modules whose record was checked this time

    # --- an analysis ------------------------------------------------------------------

    def begin(self) -> None:
        """A new analysis: files may have changed since the last one."""
        self._checked.clear()
        self._found.clear()
        self._codes.clear()
        self._refreshed.clear()
        self.frameworks_used = set()
        self._consulted = {}
        while len(self._modules) > MAX_MODULES:
            self._forget(next(iter(self._modules)))

    def consulted(self) -> Consulted:
        """What the analysis since :meth:`begin` consulted on disk (see :data:`Consulted`),
        including what the statements it used of modules read before consulted."""
        return dict(self._consulted)

    def _note(self, key: tuple[str, Path, str], found: object) -> None:
        for record in (self._consulted, *self._loading):
            record[key] = found

    def _join(self, code: Path) -> None:
        """A module is read: what its statements consulted becomes this reading's too."""
        for record in (self._consulted, *self._loading):
            record.update(self._module_consulted.get(code, ()))

    def definition_scope(self, node: cst.CSTNode) -> Scope | None:
        """The module a method of an imported class was defined in."""
        return self._definitions.get(node)

    # --- finding modules ----------------------------------------------------------------

    def lookup(self, qualname: str, importer: Path | None, reader: Reader) -> Value | None:
        """The value ``qualname`` (an import's target: ``models.build``, ``.config.N``)
        names in the project, seen from the file ``importer``: UNKNOWN when it is the user's
        but cannot be read, None when it is not the user's."""
        dots = len(qualname) - len(qualname.lstrip("."))
        parts = [p for p in qualname[dots:].split(".") if p]
        value: Value | None
        if dots:
            if importer is None:
                return None
            value = ProjectModule(package_of(importer, dots))
        else:
            if not parts or parts[0] in self.libraries:
                return None
            found = self._find_first(parts[0], importer)
            if found is None:
                return None
            value, parts = ProjectModule(found), parts[1:]
        for index, part in enumerate(parts):
            if not isinstance(value, ProjectModule):
                return UNKNOWN  # (an attribute of a value: not read through an import)
            # (before its last part, a module: `from .mlp import mlp` reads mlp.py, not `mlp`)
            inner = index < len(parts) - 1 and value.path.suffix != ".py"
            sub = self._find(value.path, part) if inner else None
            value = ProjectModule(sub) if sub is not None else self.member(value, part, reader)
            if value is None:
                return UNKNOWN  # the user's, but not known
        return value

    def member(self, module: ProjectModule, name: str, reader: Reader) -> Value | None:
        """``module.name``: a name its top level binds or imports, else a submodule."""
        key = (module.path, name)
        if key in self._resolving:  # two modules importing the name from each other
            return None
        self._resolving.add(key)
        try:
            return self._member(module, name, reader)
        finally:
            self._resolving.discard(key)

    def _member(self, module: ProjectModule, name: str, reader: Reader) -> Value | None:
        if (changed := reader.overrides.get((module.path, name))) is not None:
            return changed  # (config.NUM_CLASSES = 6 in the code that reads it)
        scope = self.summary(module, reader)
        if scope is not None:
            if name in scope.globals:
                return scope.globals[name]
            target = scope.imports.resolve(name)
            if target is not None:
                found = self.lookup(target, scope.path, reader)
                if found is not None and found is not UNKNOWN:
                    return found
                if found is None and not target.startswith("."):
                    return reader.library(target)  # (else a submodule, `from . import x`)
        if module.path.suffix != ".py":
            sub = self._find(module.path, name)
            if sub is not None:
                return ProjectModule(sub)
        if scope is not None:
            for source in scope.imports.star_sources(MAX_STAR_IMPORTS):
                found = self.lookup(f"{source}.{name}", scope.path, reader)
                if found is not None and found is not UNKNOWN:
                    return found
        return None

    def search_from(self, importer: Path, written: Iterable[str]) -> None:
        """A checked module's imports are looked up in its own directories, then in those it
        puts on sys.path (``sys.path.append("..")`` in notebooks/: relative to its directory,
        where Jupyter runs it), then under the roots."""
        self._searched[importer] = search_order(importer, written, self.roots)

    def _find_first(self, name: str, importer: Path | None) -> Path | None:
        searched = self._searched.get(importer)
        if searched is None:
            searched = self._searched[importer] = search_order(importer, (), self.roots)
        for directory in searched:
            found = self._find(directory, name)
            if found is not None:
                return found
        return None

    def _find(self, directory: Path, name: str) -> Path | None:
        key = (directory, name)
        if key not in self._found:
            self._found[key] = find_module(directory, name, self.overlay)
        self._note(("find", directory, name), self._found[key])
        return self._found[key]

    # --- summaries ----------------------------------------------------------------------

    def summary(self, module: ProjectModule, reader: Reader) -> Scope | None:
        """The module's names, each bound by running its statement when it is first read
        (lazy.py); None when the module is not read (MAX_MODULE_CHARS, MAX_MODULES_READ)."""
        code = self._code_of(module)
        if code is None:
            return None
        if code not in reader.reached:
            if len(reader.reached) >= MAX_MODULES_READ:
                return None
            reader.reached.add(code)
        self._refresh(code)
        source = self._source(code)
        if source is None:
            return None
        self._join(code)
        if code not in self._summaries:
            self._summaries[code] = self._summarise(source, code)
        scope, uses = self._summaries[code]
        self.frameworks_used |= uses
        return scope

    def _summarise(self, source: ModuleSource, code: Path) -> tuple[Scope, frozenset[str]]:
        """The module's names, each read when it is first asked for, with the hooks of the
        frameworks the module itself imports (so what a name is depends only on the files)."""
        from .interpreter import Interpreter

        imports = source.imports
        uses = self.frameworks_of(imports.roots())
        names = LazyNames(set(source.index.slices))
        interpreter = Interpreter(cst.Module(body=[]), self.hooks_for(uses), self.spellings,
                                  imports, project=self, path=code, active=uses, names=names)
        names.loader = partial(self._load, source, interpreter, code)
        return interpreter.main_scope, uses

    def _load(self, source: ModuleSource, interpreter: Interpreter, code: Path, name: str) -> bool:
        """Run the statements that make ``name`` (lazy.py); False: not now (too deep, or read
        while the module is run up to a statement: see ModuleSource.make)."""
        if self._nested_reads >= MAX_NESTED_READS:
            return False
        return source.make(name, partial(self._run, source, interpreter, code))

    def _run(self, source: ModuleSource, interpreter: Interpreter, code: Path, text: str,
             first: int) -> None:
        """Run one top-level statement of a module."""
        try:
            snippet = parse_module(text)
        except Exception:  # noqa: BLE001 - libcst refuses it (deep nesting...): unknown
            return
        source.snippets.append((snippet, first - 1))
        # (every method of its classes belongs to the module: frameworks run them by node,
        # ``forward``, ``__call__``, ``__getitem__``)
        self._definitions.update(dict.fromkeys(_methods(snippet.body), interpreter.main_scope))
        self._nested_reads += 1
        self._loading.append(self._module_consulted.setdefault(code, {}))
        try:
            _run_alone(interpreter, snippet)
        finally:
            self._loading.pop()
            self._nested_reads -= 1

    def _code_of(self, module: ProjectModule) -> Path | None:
        if module.path not in self._codes:
            self._codes[module.path] = module_code(module.path)
        self._note(("code", module.path, ""), self._codes[module.path])
        return self._codes[module.path]

    def _source(self, path: Path) -> ModuleSource | None:
        known = self._modules.get(path)
        if known is not None and path in self._checked:
            self._modules.move_to_end(path)
            self._note(("file", path, ""), known.stamp)
            return known.source
        stamp_now, opened = _now(path, self.overlay)
        if known is None or known.stamp != stamp_now:
            self._forget(path)
            small = 0 <= stamp_now[1] <= MAX_MODULE_CHARS * 4  # (bytes; the text is checked next)
            text = None if not small else opened if opened is not None else self._read(path)
            source = (ModuleSource.of(text, self.spellings)
                      if text is not None and len(text) <= MAX_MODULE_CHARS else None)
            self._modules[path] = _Known(stamp_now, source)
        self._checked.add(path)
        self._note(("file", path, ""), self._modules[path].stamp)
        return self._modules[path].source

    def invalidate(self, path: Path) -> None:
        """``path`` changed, or what it read did: forget it, what read it, and so on."""
        pending = [path]
        while pending:  # (each module's record goes with it: this ends)
            module = pending.pop()
            self._forget(module)
            pending += [m for m, record in self._module_consulted.items()
                        if ("file", module, "") in record]

    def _refresh(self, code: Path) -> None:
        """Before a module's summary is used in an analysis: one whose names were read from a
        module changed since, or found a module that another is now (a module created), or
        were read from one such (it may hold their values) is forgotten."""
        pending = [code]
        while pending:
            if (module := pending.pop()) in self._refreshed:
                continue
            self._refreshed.add(module)
            record = self._module_consulted.get(module, {})
            if any(self._changed(key, found) for key, found in list(record.items())):
                self.invalidate(module)
            else:
                pending += [path for kind, path, _ in record if kind == "file"]

    def _changed(self, key: tuple[str, Path, str], found: object) -> bool:
        """Whether what a module's reading consulted (a file, a lookup) answers otherwise now."""
        kind, path, name = key
        if kind == "find":
            return self._find(path, name) != found
        if kind == "code":
            return self._code_of(ProjectModule(path)) != found
        if kind != "file":
            return False
        return _stamp_now(path, self._modules.get(path), self._checked, self.overlay) != found

    def _forget(self, path: Path) -> None:
        self._module_consulted.pop(path, None)
        known = self._modules.pop(path, None)
        if known is None:
            return
        summary = self._summaries.pop(path, None)
        if summary is not None:
            for node in [n for n, s in self._definitions.items() if s is summary[0]]:
                del self._definitions[node]

    # --- locations ----------------------------------------------------------------------

    def modules(self) -> list[tuple[Path, cst.Module, int]]:
        """The statements read (each with the number of lines before it in its file), for
        the reporter to place evidence found in them."""
        return [(path, snippet, offset) for path, known in self._modules.items()
                if known.source is not None for snippet, offset in known.source.snippets]


class _Known:
    def __init__(self, stamp: tuple[int, int], source: ModuleSource | None) -> None:
        self.stamp = stamp
        self.source = source


def _run_alone(interpreter: Interpreter, snippet: cst.Module) -> None:
    """Run a module's statement from a fresh budget (so what a name is never depends on what
    was read before); what it reports is the module's own, not the reader's: dropped."""
    from . import calls, statements

    scope = interpreter.main_scope
    saved = interpreter.budget, interpreter.reached, interpreter.facts
    interpreter.budget, interpreter.reached = calls.MAX_INLINED_CALLS, set()
    try:
        with interpreter.entered(scope):
            statements.exec_block(interpreter, snippet.body, scope.globals)
    except Exception:  # noqa: BLE001 - what the statement binds stays unknown
        pass
    finally:
        interpreter.budget, interpreter.reached, interpreter.facts = saved


def _methods(body: Iterable[cst.CSTNode]) -> Iterator[cst.FunctionDef]:
    """The methods of the classes defined in ``body``, nested ones too."""
    for stmt in body:
        if isinstance(stmt, cst.ClassDef):
            yield from (item for item in stmt.body.body if isinstance(item, cst.FunctionDef))
            yield from _methods(stmt.body.body)
        elif isinstance(stmt, cst.BaseCompoundStatement):
            for block in blocks(stmt):
                yield from _methods(block.body)


def _now(path: Path, overlay: Overlay) -> tuple[tuple[int, int], str | None]:
    """The module's stamp now, and its text when the overlay gives it (else read it)."""
    opened = overlay.get(path) if overlay else None
    return opened if opened is not None else (stamp(path), None)


def _stamp_now(path: Path, known: _Known | None, checked: set[Path],
               overlay: Overlay) -> tuple[int, int]:
    """The stamp of a module now: each file is compared once per analysis (``checked``), as
    Project._source does, which then need not look again."""
    if known is not None and path in checked:
        return known.stamp
    now = _now(path, overlay)[0]
    if known is not None and known.stamp == now:
        checked.add(path)
    return now


def stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError:
        return (-1, -1)
    return (status.st_mtime_ns, status.st_size)


__all__ = ["Consulted", "Overlay", "Project", "stamp"]
