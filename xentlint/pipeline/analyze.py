"""Extract and check: one parsed module in, findings out.

The frameworks that run are those the module imports (of those the config allows); their
hooks drive the interpreter, whose facts the selected checks judge.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import libcst as cst

from .. import frameworks
from ..checks import Reporter, run_checks
from ..findings import Finding
from ..interp.interpreter import Interpreter
from ..interp.names import ImportTable
from ..interp.project import Project


def analyze_module(module: cst.Module, filename: str, allowed: Iterable[str] | None = None,
                   codes: Iterable[str] | None = None, *, path: Path | None = None,
                   project: Project | None = None, source: str | None = None) -> list[Finding]:
    """Findings of one parsed module: ``allowed`` limits the frameworks (None: every one the
    module imports), ``codes`` the checks that run (None: all of them). With a ``project``,
    what the module imports from the user's other modules is followed into them (``path``:
    where the module is). ``source``, the text parsed, places findings faster."""
    imports = ImportTable.of(module, frameworks.SPELLINGS)
    active = frameworks.imported(imports.roots(), allowed)
    if project is not None:
        project.begin()
        if path is not None:
            project.search_from(path, imports.search_paths)
    interpreter = Interpreter(module, frameworks.hooks_for(active), frameworks.SPELLINGS, imports,
                              project=project, path=path, active=active)
    facts = interpreter.run().connect()
    others = project.modules if project is not None else None
    reporter = Reporter(module, filename, others, facts.entries, imports, source)
    return run_checks(facts, reporter, codes)
