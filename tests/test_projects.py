"""Whole-program analysis: every project under ``tests/projects/`` yields exactly the findings
its files announce (``# expect: XL101`` on the line, as in tests/cases), across modules.

Each project is a small multi-file program: a model factory, a loss registry, labels or a class
count from another module, a Lightning module in its own file, a package re-export, an import
cycle; a ``*_clean`` twin of each is the correct program, which must stay silent.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint.cli import cli
from xentlint.config import Settings
from xentlint.pipeline.run import check_text

PROJECTS = Path(__file__).resolve().parent / "projects"
NAMES = sorted(p.name for p in PROJECTS.iterdir() if p.is_dir())
_EXPECT = re.compile(r"#\s*expect:\s*(XL\d{3}(?:\s*,\s*XL\d{3})*)\s*$")


def _announced(root: Path) -> set[tuple[str, int, str]]:
    found = set()
    for path in sorted(root.rglob("*.py")):
        for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if match := _EXPECT.search(line):
                name = path.relative_to(root).as_posix()
                found |= {(name, row, code.strip()) for code in match.group(1).split(",")}
    return found


def _run(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--isolated", "--output-format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout or "[]")


@pytest.fixture
def copy_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The project copied out of the repository (whose config excludes it), as the cwd."""

    def copy(name: str) -> Path:
        root = tmp_path / name
        shutil.copytree(PROJECTS / name, root)
        monkeypatch.chdir(root)
        return root

    return copy


@pytest.mark.parametrize("name", NAMES)
def test_project_yields_exactly_the_announced_findings(name: str, copy_of) -> None:
    root = copy_of(name)
    found = {(f["filename"], f["location"]["row"], f["code"]) for f in _run(".")}
    assert found == _announced(root)


@pytest.mark.parametrize("name", NAMES)
def test_a_clean_twin_announces_nothing_and_a_bug_something(name: str) -> None:
    assert bool(_announced(PROJECTS / name)) == (not name.endswith("_clean"))


def test_evidence_in_another_module_names_its_file(copy_of) -> None:
    copy_of("keras_factory_through_package")
    [finding] = _run(".")
    assert "(models.py:9)" in finding["message"]  # a sibling module: its name
    assert finding["filename"] == "shop/train.py"
    assert ("shop/models.py", 9) in {(r["filename"], r["location"]["row"])
                                     for r in finding["related"]}
    # The safe fix is in this file (from_logits), so --fix can apply it here.
    assert [e["filename"] for e in finding["fix"]["edits"]] == ["shop/train.py"]


def test_one_based_labels_of_another_module_are_named_with_their_file(copy_of) -> None:
    copy_of("one_based_label_map_in_a_data_module")
    [finding] = _run(".")
    assert finding["message"].startswith('`frame["grade"].map(GRADES)` (data.py:8) gives')


def test_a_finding_whose_chain_is_all_in_other_modules_is_reported_where_they_are_used(
        copy_of) -> None:
    copy_of("lightning_module_in_its_own_file")
    [finding] = _run(".")
    assert finding["filename"] == "project/train.py"
    assert {r["filename"] for r in finding["related"]} == {"project/lit_module.py",
                                                           "project/backbones.py"}


def test_one_file_alone_still_reads_its_siblings(copy_of) -> None:
    """pre-commit passes only the staged files: the model module need not be among them."""
    copy_of("torch_loss_registry")
    assert [(f["filename"], f["code"]) for f in _run("train.py")] == [("train.py", "XL101")]


def test_a_src_layout_is_read_when_checked_from_outside_its_project(
        copy_of, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``import ecg`` in a script at the top of a ``src/`` layout (an installed package) is
    found from the project's ``pyproject.toml``, whatever directory xentlint runs in."""
    copy_of("src_layout_script_at_the_top")
    monkeypatch.chdir(tmp_path)
    assert [(f["filename"], f["code"]) for f in _run("src_layout_script_at_the_top")] == [
        ("src_layout_script_at_the_top/train.py", "XL101")]


def test_stdin_reads_the_siblings_of_its_stdin_filename(copy_of) -> None:
    root = copy_of("keras_factory_through_package")
    text = (root / "shop" / "train.py").read_text()
    result = CliRunner().invoke(cli, ["--isolated", "--stdin-filename", "shop/train.py", "-"],
                                input=text)
    assert "XL101" in result.stdout


def test_a_module_changed_on_disk_is_read_again(copy_of) -> None:
    """A long-lived process (the LSP server) sees the model module as it is now."""
    root = copy_of("torch_loss_registry")
    train = (root / "train.py").read_text()
    assert [f.code for f in check_text(train, root / "train.py", Settings(root=root))] == ["XL101"]
    model = root / "model.py"
    model.write_text(model.read_text().replace("F.softmax(self.out(F.relu(self.hidden(x))), dim=1)",
                                               "self.out(F.relu(self.hidden(x)))"))
    assert check_text(train, root / "train.py", Settings(root=root)) == []


@pytest.mark.parametrize("model_module", [
    None,  # not there at all
    "def build(:\n",  # does not parse
    "x = 1\n" * 60_000,  # too big to be the user's own module
])
def test_an_unreadable_model_module_is_unknown_never_an_error(tmp_path: Path, model_module,
                                                              monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    if model_module is not None:
        (tmp_path / "nets.py").write_text(model_module)
    (tmp_path / "train.py").write_text(
        "import torch.nn as nn\nfrom nets import build\n\n"
        "model = build()\nloss = nn.CrossEntropyLoss()(model(x), y)\n")
    assert [(f["filename"], f["code"]) for f in _run("train.py")] == []


def test_installed_frameworks_are_never_read_as_the_users_modules(tmp_path: Path,
                                                                   monkeypatch) -> None:
    """A directory named like a framework under the root (its source checked from its parent)
    is not what `import torch` means."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "torch").mkdir()
    (tmp_path / "torch" / "__init__.py").write_text("import keras\nnn = None\n")
    (tmp_path / "train.py").write_text(
        "import torch\nimport torch.nn as nn\n\n"
        "model = nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))\n"
        "loss = nn.CrossEntropyLoss()(model(x), y)\n")
    assert [f["code"] for f in _run("train.py")] == ["XL101"]


def test_a_package_imports_itself_by_name_whatever_the_cwd(tmp_path: Path,
                                                          monkeypatch) -> None:
    """``from shop import load`` in shop/train.py is the package train.py is in (as ``python -m
    shop.train`` runs it), not one of the same name under the cwd."""

    def package(root: Path, labels: str) -> None:
        (root / "shop").mkdir(parents=True)
        (root / "shop" / "__init__.py").write_text("from .prep import load\n")
        (root / "shop" / "prep.py").write_text(
            "from sklearn.preprocessing import LabelEncoder\nfrom tensorflow import keras\n\n"
            f"def load(df):\n    return df[['a', 'b']].values, {labels}\n")
        (root / "shop" / "train.py").write_text(
            "import pandas as pd\nfrom tensorflow import keras\n\nfrom shop import load\n\n"
            "x, y = load(pd.read_csv('orders.csv'))\n"
            "model = keras.Sequential([keras.layers.Dense(3, activation='softmax')])\n"
            "model.compile(optimizer='adam', loss='categorical_crossentropy')\n"
            "model.fit(x, y)\n")

    indices = "LabelEncoder().fit_transform(df['label'])"
    package(tmp_path / "checked", indices)
    package(tmp_path / "elsewhere", f"keras.utils.to_categorical({indices})")
    monkeypatch.chdir(tmp_path / "elsewhere")
    found = _run(str(tmp_path / "checked" / "shop" / "train.py"))
    assert [(f["code"], f["location"]["row"]) for f in found] == [("XL301", 8)]
    package(tmp_path / "one_hot", f"keras.utils.to_categorical({indices})")
    monkeypatch.chdir(tmp_path / "checked")  # (its shop/, which gives class indices)
    assert _run(str(tmp_path / "one_hot" / "shop" / "train.py")) == []


def test_the_src_setting_names_where_modules_are_imported_from(tmp_path: Path,
                                                                monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib" / "nets").mkdir(parents=True)
    (tmp_path / "lib" / "nets" / "__init__.py").write_text(
        "import torch.nn as nn\n\n"
        "def build():\n    return nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))\n")
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "train.py").write_text(
        "import torch.nn as nn\nfrom nets import build\n\n"
        "model = build()\nloss = nn.CrossEntropyLoss()(model(x), y)\n")

    def codes() -> list[str]:
        result = CliRunner().invoke(cli, ["--output-format", "json", "scripts/train.py"])
        return [f["code"] for f in json.loads(result.stdout or "[]")]

    (tmp_path / "pyproject.toml").write_text("[tool.xentlint]\n")
    assert codes() == []  # lib/ is not a root by default
    (tmp_path / "pyproject.toml").write_text('[tool.xentlint]\nsrc = ["lib"]\n')
    assert codes() == ["XL101"]


def test_follow_imports_false_checks_each_file_alone(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nets.py").write_text(
        "import torch.nn as nn\n\n"
        "def build():\n    return nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))\n")
    (tmp_path / "train.py").write_text(
        "import torch.nn as nn\nfrom nets import build\n\n"
        "model = build()\nloss = nn.CrossEntropyLoss()(model(x), y)\n")

    def codes() -> list[str]:  # (with the cache: the setting is part of an entry's key)
        result = CliRunner().invoke(cli, ["--output-format", "json", "train.py"])
        assert result.exit_code in (0, 1), result.output
        return [f["code"] for f in json.loads(result.stdout or "[]")]

    (tmp_path / "pyproject.toml").write_text("[tool.xentlint]\nfollow-imports = true\n")
    assert codes() == ["XL101"]
    (tmp_path / "pyproject.toml").write_text("[tool.xentlint]\nfollow-imports = false\n")
    assert codes() == []  # what build() returns is not known
    (tmp_path / "pyproject.toml").write_text('[tool.xentlint]\nfollow-imports = "no"\n')
    result = CliRunner().invoke(cli, ["train.py"])
    assert result.exit_code == 2
    assert "follow-imports: expected true or false, got a string" in result.output


@pytest.mark.parametrize(("source", "made"), [
    ("import torch\nfrom . import config\n\nN = 10\n\ndef build():\n    pass\n\n"
     "class Net:\n    pass\n", {"N": [4], "build": [6], "Net": [9]}),
    ("try:\n    import keras\nexcept ImportError:\n    pass\nLOSS = keras.losses.MSE\n",
     {"LOSS": [5]}),
    ("def main():\n    pass\n\nif __name__ == '__main__':\n    main()\n", {"main": [1]}),
    ("model = Sequential()\nmodel.add(Dense(10))\nN = 3\n", {"model": [1, 2], "N": [3]}),
    ("N = 10\nN = 12\nC = 2\n", {"N": [1, 2], "C": [3]}),  # bound twice: in order
    ("def build():\n    pass\n\nregister(build)\n", {"build": [1, 4]}),  # code that runs
    ("for i in range(3):\n    pass\nif flag:\n    K = 1\n", {"i": [1], "K": [3]}),
    ("print(K)\nK = 1\n", {"K": [2]}),  # (what runs before it is bound does not make it)
    # a decorator of the module writing into a registry; a registry's method as decorator
    ("MODELS = {}\n\ndef register(name):\n    def add(c):\n        MODELS[name] = c\n"
     "        return c\n    return add\n\n@register('a')\nclass A:\n    pass\n\n"
     "@dataclass\nclass B:\n    pass\n",
     {"MODELS": [1, 9], "register": [3], "A": [9], "B": [13]}),
    ("REG = Registry()\n\n@REG.register()\ndef f():\n    pass\n", {"REG": [1, 3], "f": [3]}),
    ("R = []\n" + "R.append(1)\n" * 64, {}),  # more statements than MAX_SLICE: unknown
])
def test_a_name_is_made_by_the_statements_that_bind_or_change_it_in_order(
        source: str, made: dict[str, list[int]]) -> None:
    import ast

    from xentlint.interp.lazy import ModuleIndex

    index = ModuleIndex(source, ast.parse(source))
    assert {name: [first for first, _ in spans] for name, spans in index.slices.items()} == made
    assert [first for first, _ in index.order] == sorted({f for s in made.values() for f in s})


def test_a_changed_name_read_while_a_statement_runs_is_made_of_the_statements_before_it():
    """``E = f(C)`` reads ``C`` as it stands on line 2 (line 1 only); read afterwards, ``C`` is
    made of line 3 too; each statement runs once."""
    from xentlint.frameworks import SPELLINGS
    from xentlint.interp.lazy import ModuleSource

    source = ModuleSource.of("C = [1]\nE = f(C)\nC = C + [2]\n", SPELLINGS)
    assert source is not None
    ran: list[int] = []
    partial: list[bool] = []

    def run(text: str, first: int) -> None:
        ran.append(first)
        if first == 2:
            partial.append(source.make("C", run))

    assert source.make("E", run)
    assert ran == [2, 1] and partial == [False]
    assert source.make("C", run)
    assert ran == [2, 1, 3]


@pytest.mark.parametrize(("name", "codes"), [("module_found_through_sys_path", ["XL101"]),
                                            ("module_found_through_sys_path_clean", [])])
def test_a_module_is_found_where_the_file_puts_it_on_sys_path(name, codes, copy_of,
                                                               monkeypatch) -> None:
    """Run from the script's own directory (Jupyter runs a notebook there), ``src`` is found
    only through the ``sys.path.insert(0, os.path.abspath(".."))`` the script makes."""
    root = copy_of(name)
    monkeypatch.chdir(root / "notebooks")
    assert [f["code"] for f in _run("explore.py")] == codes


def test_evidence_below_the_reporting_file_is_named_from_its_directory(tmp_path: Path,
                                                                        monkeypatch) -> None:
    """A related place in a module beside the reporting file is ``heads.py:4``, below it
    ``nets/heads.py:4`` (not the path from where the run started)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shop" / "nets").mkdir(parents=True)
    (tmp_path / "shop" / "nets" / "__init__.py").write_text("")
    (tmp_path / "shop" / "nets" / "heads.py").write_text(
        "import torch.nn as nn\n\n\ndef head(n):\n"
        "    return nn.Sequential(nn.Linear(8, n), nn.Softmax(dim=1))\n")
    (tmp_path / "shop" / "train.py").write_text(
        "import torch.nn as nn\nfrom nets.heads import head\n\n"
        "model = head(3)\nloss = nn.CrossEntropyLoss()(model(x), y)\n")
    [finding] = _run("shop/train.py")
    assert "(nets/heads.py:5)" in finding["message"]


def test_a_name_is_read_from_the_statement_that_binds_it(tmp_path: Path, monkeypatch) -> None:
    """Evidence in a module read one statement at a time is placed on its own line."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nets.py").write_text(
        '"""Networks."""\nimport torch.nn as nn\n\nWIDTH = 64\n\n\n'
        "def build(classes=3):\n    return nn.Sequential(\n        nn.Linear(WIDTH, classes),\n"
        "        nn.Softmax(dim=1),\n    )\n")
    (tmp_path / "train.py").write_text(
        "import torch.nn as nn\nfrom nets import build\n\n"
        "model = build()\nloss = nn.CrossEntropyLoss()(model(x), y)\n")
    [finding] = _run("train.py")
    assert "(nets.py:10)" in finding["message"]
    assert ("nets.py", 10, 9) in {(r["filename"], r["location"]["row"], r["location"]["column"])
                                  for r in finding["related"]}


_TRAIN = ("import torch\nfrom torch import nn\n\nfrom models import build\n\n"
          "model = build(10)\ncriterion = nn.CrossEntropyLoss()\n"
          "for images, labels in loader:\n    loss = criterion(model(images), labels)\n")


@pytest.mark.parametrize("middle", [
    # train.py → models.py → layers.py: models.py binds a value of layers.py.
    {"models.py": "from torch import nn\n\nimport layers\n\nHEAD = layers.HEAD\n\n\n"
                  "def build(classes):\n    return nn.Sequential(nn.Linear(64, classes), HEAD)\n"},
    # train.py → models.py → factory.py → layers.py: models.py holds factory.py's function,
    # which reads factory.py's value of layers.py (models.py never read layers.py itself).
    {"models.py": "import factory\n\nbuild = factory.make\n",
     "factory.py": "from torch import nn\n\nfrom layers import HEAD as head\n\nHEAD = head\n\n\n"
                   "def make(classes):\n    return nn.Sequential(nn.Linear(64, classes), HEAD)\n"},
])
def test_a_module_changed_under_the_modules_that_read_it_is_seen_through_them(
        tmp_path: Path, middle: dict[str, str]) -> None:
    """A long-lived process: what the modules in between bound from the changed one is read
    again (their summaries held its old values)."""
    for name, text in middle.items():
        (tmp_path / name).write_text(text)
    layers = tmp_path / "layers.py"
    layers.write_text("from torch import nn\n\nHEAD = nn.Softmax(dim=1)\n")
    train, settings = tmp_path / "train.py", Settings(root=tmp_path)
    assert [f.code for f in check_text(_TRAIN, train, settings)] == ["XL101"]
    layers.write_text("from torch import nn\n\nHEAD = nn.Identity()\n")
    assert check_text(_TRAIN, train, settings) == []
    layers.write_text("from torch import nn\n\nHEAD = nn.Softmax(dim=-1)\n")
    [finding] = check_text(_TRAIN, train, settings)
    assert "`nn.Softmax(dim=-1)` (layers.py:3)" in finding.message


@pytest.mark.parametrize("created", ["layers.py", "layers/__init__.py"])
def test_a_module_created_under_the_modules_that_looked_for_it_is_found_through_them(
        tmp_path: Path, created: str) -> None:
    """A long-lived process: a module that an import of a kept module did not find, created
    since (a file, or a package), is what that import finds now."""
    (tmp_path / "models.py").write_text(
        "from torch import nn\n\nimport layers\n\nHEAD = layers.HEAD\n\n\n"
        "def build(classes):\n    return nn.Sequential(nn.Linear(64, classes), HEAD)\n")
    train, settings = tmp_path / "train.py", Settings(root=tmp_path)
    assert check_text(_TRAIN, train, settings) == []  # (layers is nowhere)
    (tmp_path / created).parent.mkdir(exist_ok=True)
    (tmp_path / created).write_text("from torch import nn\n\nHEAD = nn.Softmax(dim=1)\n")
    assert [f.code for f in check_text(_TRAIN, train, settings)] == ["XL101"]


def test_a_decoder_in_another_module_is_reported_at_the_call_that_gives_it_the_output(
        copy_of) -> None:
    """``decode_predictions(tagger(x))``: where this module hands its model's output to the
    imported decoder, which is quoted with its own place."""
    copy_of("decoder_and_builder_in_other_modules")
    [finding] = [f for f in _run(".") if f["code"] == "XL401"]
    assert (finding["filename"], finding["location"]["row"]) == ("train.py", 11)
    assert finding["message"].startswith("`logits.argmax(dim=1)` (postprocess.py:2) decodes")
