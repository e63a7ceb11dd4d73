"""Notebook cells read as IPython reads them (pipeline/ipython.py): what IPython accepts is not
an XL001, and findings point into the cell as written."""

from __future__ import annotations

import json

import pytest

import xentlint
from xentlint.pipeline.ipython import cell_code

BUG = ("model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
       "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")


def notebook(*sources: str) -> str:
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": source} for source in sources]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def found(*sources: str) -> list[tuple[str, int | None, int, int]]:
    return [(f.code, f.cell, f.span.start.row, f.span.start.column)
            for f in xentlint.check_source(notebook("import keras\n", *sources), "nb.ipynb")]


@pytest.mark.parametrize("cell", [
    "!pip install keras \\\n    tensorflow\n",
    "for i in range(2):\n    !echo $i \\\n        more\n    print(i)\n",
    "%env A=1 \\\n  B=2\n",
    "ls ./data/\n",
    "pip install -q keras\n",
    "cd ../data\n",
    "    x = 1\n    if x:\n        y = 2\n",
    "\n  a = 1\n  b = 2\n",
    ">>> x = 1\n>>> for i in range(2):\n...     print(i)\n",
    "In [1]: x = 1\n   ...: y = 2\n",
    "x = 1\n% timeit sum(range(x))\n% matplotlib inline\n",
    "ratio = (total\n         % time)\n",
], ids=["shell continuation", "indented shell continuation", "magic continuation", "ls alias",
        "pip automagic", "cd automagic", "common indentation", "indentation after a blank line",
        "classic prompts", "ipython prompts", "line magic with a space", "modulo continuing"])
def test_what_ipython_accepts_is_no_xl001(cell: str) -> None:
    assert found(cell, BUG) == [("XL101", 3, 2, 20)]


@pytest.mark.parametrize("cell", [
    "ls ./data/\nx = 1\n",  # automagic: only in a cell of one line, as IPython
    "ls = ./data/\n",  # an assignment is not a magic
    "  x = 1\n y = 2\n",  # a line with less than the common indentation: IPython fails too
])
def test_what_ipython_rejects_stays_an_xl001(cell: str) -> None:
    assert [code for code, *_ in found(cell, "loss = 'mse'\n")] == ["XL001"]


def test_a_finding_in_an_indented_cell_points_at_the_cell_as_written() -> None:
    cell = "".join("    " + line for line in BUG.splitlines(keepends=True))
    assert found(cell) == [("XL101", 2, 2, 24)]  # column 20 + the 4 removed spaces
    prompts = "".join(">>> " + line for line in BUG.splitlines(keepends=True))
    assert found(prompts) == [("XL101", 2, 2, 24)]


def test_fix_in_an_indented_cell_edits_the_cell_as_written() -> None:
    from xentlint.config import Settings
    from xentlint.fix import fix_document

    cell = "".join("    " + line for line in BUG.splitlines(keepends=True))
    data = notebook("import keras\n", cell).encode()
    result = fix_document(data, "nb.ipynb", Settings())
    source = json.loads(result.fixed)["cells"][1]["source"]
    assert source == cell.replace("from_logits=True", "from_logits=False")


def test_cell_code_keeps_lines_and_says_what_it_removed() -> None:
    code = cell_code("  !ls \\\n     -l\n  x = 1\n")
    assert code is not None
    assert code.lines == ("pass", "pass", "x = 1")
    assert code.shifts == (2, 2, 2) and code.masked == frozenset({0, 1})
    assert cell_code("%%bash\necho hi\n") is None
    assert cell_code("%%time\nx = 1\n").lines == ("pass", "x = 1")  # type: ignore[union-attr]
    assert cell_code("ls\n").masked == frozenset()  # type: ignore[union-attr]  # Python: a name


def test_a_timed_statement_runs_and_its_findings_point_past_the_magic() -> None:
    """``%timeit -n1 -r1 build()`` runs ``build()`` with the globals of that moment (a class
    count set to 10 only in a later cell is not the one it used); a finding in a timed
    statement points at its code in the cell as written."""
    cells = ("import numpy as np\nfrom keras.utils import to_categorical\n"
             "n_classes = 2\nY = to_categorical(np.random.randint(0, 2, 100), n_classes)\n",
             "def build():\n"
             "    model = keras.Sequential([keras.layers.Dense(n_classes, activation='softmax')])\n"
             "    model.compile(loss='categorical_crossentropy', optimizer='sgd')\n"
             "    model.fit(np.random.rand(100, 4), Y)\n",
             "%timeit -n1 -r1 build()\n",
             "n_classes = 10\n")
    assert found(*cells) == []
    timed = "%time model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n"
    assert found("model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n",
                 timed) == [("XL101", 3, 1, 26)]  # past "%time model.compile(loss="


def test_timed_statements_keep_their_columns() -> None:
    code = cell_code("%timeit -n 1 -r 3 f(a, b)\n  %time x = g()\n%timeit -q\n")
    assert code is not None
    assert code.lines == ("f(a, b)", "  x = g()", "pass")
    assert code.shifts == (18, 6, 0) and code.masked == frozenset({2})


def test_a_script_run_into_the_notebook_is_read_as_a_star_import() -> None:
    """``%run model.py`` runs the script in the notebook's names: ``from model import *``
    (options other than ``-i``, or a path that is no module's, are masked)."""
    code = cell_code("%run model.py\n%run -i utils/nets.py\n%run -t slow.py\n%run ../x.py\n")
    assert code is not None
    assert code.lines == ("from model import *", "from utils.nets import *", "pass", "pass")
    assert code.masked == frozenset({2, 3})


def test_a_script_run_into_the_notebook_gives_it_its_model(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from xentlint.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.py").write_text(
        "from tensorflow import keras\n\n"
        "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n")
    cells = ("%run model.py\n",
             "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
    (tmp_path / "train.ipynb").write_text(notebook("from tensorflow import keras\n", *cells))
    result = CliRunner().invoke(cli, ["--isolated", "--no-cache", "--output-format", "json",
                                      "train.ipynb"])
    assert [f["code"] for f in json.loads(result.stdout)] == ["XL101"]
