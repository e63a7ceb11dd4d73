"""The result cache: a warm run reports byte for byte what a cold one does, and an entry is
used only while the file, the settings, xentlint and the modules it read are unchanged.

That a run read an entry is shown by tampering with the stored findings (their messages get a
mark): a run that prints the mark read the cache, one that does not checked the file again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from xentlint.cli import main
from xentlint.config import Settings
from xentlint.pipeline import cache as cache_module
from xentlint.pipeline import project as projects
from xentlint.pipeline import run
from xentlint.pipeline.cache import Cache
from xentlint.pipeline.discover import SourcePath

REPO = Path(__file__).resolve().parent.parent
MARK = "FROM THE CACHE "


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixtures in a project of their own; the working directory; no cache variable."""
    shutil.copytree(REPO / "fixtures", tmp_path / "fixtures")
    (tmp_path / "pyproject.toml").write_text("[tool.xentlint]\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XENTLINT_CACHE_DIR", raising=False)
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def check(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", *args])
    return capsys.readouterr().out


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("*/*/*.json"))


def tamper(cache_dir: Path) -> None:
    for entry in entries(cache_dir):
        data = json.loads(entry.read_text())
        for finding in data["findings"]:
            finding["message"] = MARK + finding["message"]
        entry.write_text(json.dumps(data))


def test_a_warm_run_prints_exactly_what_a_cold_one_does(project, capsys):
    for options in (["--output-format", "json"], ["--show-evidence"], ["--output-format", "sarif"]):
        uncached = check(capsys, "fixtures", "--no-cache", *options)
        cold = check(capsys, "fixtures", *options)
        warm = check(capsys, "fixtures", *options)
        assert uncached == cold == warm, options
    findings = json.loads(check(capsys, "fixtures", "--output-format", "json"))
    assert any(f["fix"] and f["fix"]["edits"] for f in findings)  # fixes and edits survive
    assert any(f["related"] for f in findings)


def test_the_cache_directory_and_its_gitignore(project, capsys):
    check(capsys, "fixtures", "--no-cache")
    assert not (project / ".xentlint_cache").exists()
    check(capsys, "fixtures")
    root = project / ".xentlint_cache"  # the project root's, by default
    assert (root / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (root / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f")
    assert entries(root)
    assert not list(root.rglob("*.tmp"))  # every entry was renamed into place
    tamper(root)
    assert MARK in check(capsys, "fixtures")


@pytest.mark.parametrize("how", ["option", "variable"])
def test_cache_dir_option_and_variable(project, capsys, monkeypatch, how):
    elsewhere = project.parent / f"elsewhere-{how}"
    if how == "option":
        check(capsys, "fixtures", "--cache-dir", str(elsewhere))
    else:
        monkeypatch.setenv("XENTLINT_CACHE_DIR", str(elsewhere))
        check(capsys, "fixtures")
    assert entries(elsewhere) and not (project / ".xentlint_cache").exists()


def test_an_edited_file_is_checked_again_and_the_others_are_not(project, capsys):
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    script = project / "fixtures" / "torch_project" / "train_classifier.py"
    script.write_text(script.read_text() + "\n# edited\n")
    lines = check(capsys, "fixtures").splitlines()
    edited = [line for line in lines if line.startswith("fixtures/torch_project/train_class")]
    others = [line for line in lines if line.startswith("fixtures/keras_project/train_mnist")]
    assert edited and all(MARK not in line for line in edited)
    assert others and all(MARK in line for line in others)


@pytest.mark.parametrize("options", [["--select", "XL1"], ["--ignore", "XL402"]])
def test_other_settings_are_other_entries(project, capsys, options):
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    assert MARK not in check(capsys, "fixtures", *options)


def test_the_key_holds_the_codes_enabled_for_the_file(project, capsys):
    """per-file-ignores change the entries of the files they match, not the others'."""
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    out = check(capsys, "fixtures", "--per-file-ignores", "fixtures/keras_project/*:XL5")
    lines = out.splitlines()
    assert all(MARK not in line for line in lines if line.startswith("fixtures/keras_project"))
    torch = [line for line in lines if line.startswith("fixtures/torch_project")]
    assert torch and all(MARK in line for line in torch)


def test_the_frameworks_setting_is_part_of_the_key(project, capsys):
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    (project / "pyproject.toml").write_text('[tool.xentlint]\nframeworks = ["torch"]\n')
    assert MARK not in check(capsys, "fixtures")


def test_another_build_of_xentlint_reads_nothing(project, capsys, monkeypatch):
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    assert MARK in check(capsys, "fixtures")
    cache_module.build.cache_clear()
    monkeypatch.setattr("xentlint.__version__", "99.0.0")
    try:
        assert MARK not in check(capsys, "fixtures")
        assert (project / ".xentlint_cache" / "99.0.0").is_dir()
    finally:
        cache_module.build.cache_clear()


def test_the_build_changes_with_the_package_sources(tmp_path, monkeypatch):
    cache_module.build.cache_clear()
    before = cache_module.build()
    cache_module.build.cache_clear()
    source = Path(cache_module.__file__)
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    try:
        assert cache_module.build() != before
    finally:
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        cache_module.build.cache_clear()


def test_a_changed_dependency_module_invalidates_the_importer(project, capsys):
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    shapes = project / "fixtures" / "multifile_project" / "shapes"
    models = shapes / "models.py"
    models.write_text(models.read_text().replace('"softmax"', '"sigmoid"'))
    out = check(capsys, "fixtures")
    train = [line for line in out.splitlines() if "shapes/train.py" in line]
    # models.py decides what train.py's model ends in: train.py was checked again
    assert train and all(MARK not in line for line in train)
    keras_project = [line for line in out.splitlines() if "keras_project/" in line]
    assert keras_project and all(MARK in line for line in keras_project)


def test_a_new_module_that_an_import_now_finds_invalidates_the_importer(tmp_path, capsys,
                                                                       monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XENTLINT_CACHE_DIR", raising=False)
    (tmp_path / "pyproject.toml").write_text("[tool.xentlint]\n")
    app = tmp_path / "app"
    app.mkdir()
    (tmp_path / "settings.py").write_text("ACTIVATION = 'softmax'\n")
    (app / "train.py").write_text(
        "from tensorflow import keras\nfrom settings import ACTIVATION\n"
        "model = keras.Sequential([keras.layers.Dense(10, activation=ACTIVATION)])\n"
        "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
    assert "XL101" in check(capsys, "app")
    # settings.py next to train.py comes first on the import path: another module is read
    (app / "settings.py").write_text("ACTIVATION = None\n")
    assert "XL101" not in check(capsys, "app")
    (app / "settings.py").unlink()
    assert "XL101" in check(capsys, "app")


def test_a_corrupt_entry_is_a_miss_and_is_written_again(project, capsys):
    expected = check(capsys, "fixtures", "--output-format", "json")
    stored = entries(project / ".xentlint_cache")
    for number, entry in enumerate(stored):
        text = entry.read_text()
        entry.write_text(["", text[: len(text) // 2], "[1, 2]", '{"consulted": 3}',
                          text.replace('"span":[', '"span":["x",')][number % 5])
    assert check(capsys, "fixtures", "--output-format", "json") == expected
    for entry in stored:
        json.loads(entry.read_text())["findings"]  # rebuilt, whole
    tamper(project / ".xentlint_cache")
    assert MARK in check(capsys, "fixtures")


def test_an_unwritable_cache_only_costs_time(project, capsys):
    (project / "blocked").write_text("a file where the cache directory would go\n")
    expected = check(capsys, "fixtures", "--no-cache")
    assert check(capsys, "fixtures", "--cache-dir", str(project / "blocked" / "c")) == expected


def test_two_runs_sharing_the_cache_at_once(project):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
    command = [sys.executable, "-m", "xentlint", "check", "fixtures", "--output-format", "json"]
    expected = subprocess.run([*command, "--no-cache"], cwd=project, env=env,
                              capture_output=True, timeout=300).stdout
    for _ in range(2):
        runs = [subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for _ in range(3)]
        outputs = [r.communicate(timeout=300)[0] for r in runs]
        assert outputs == [expected] * 3
    assert not list((project / ".xentlint_cache").rglob("*.tmp"))


def test_fix_reads_the_cache_and_still_fixes(project, capsys):
    check(capsys, "fixtures")
    tamper(project / ".xentlint_cache")
    mnist = project / "fixtures" / "keras_project" / "train_mnist.py"
    before = mnist.read_text()
    out = check(capsys, "fixtures", "--fix")
    assert mnist.read_text() != before  # its cached XL101 has a safe fix: fixed, not skipped
    assert "keras_project/train_tags.py" in out and MARK in out  # nothing to fix: the cache's


def test_a_file_that_raised_is_never_stored(tmp_path, monkeypatch):
    from xentlint.pipeline import analyze

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(analyze, "analyze_module", broken)
    path = tmp_path / "train.py"
    path.write_text("import torch\nloss = torch.nn.CrossEntropyLoss()\n")
    cache = Cache(tmp_path / "cache")
    found = run.check_files([SourcePath(path, Settings(root=tmp_path))], cache=cache)
    assert [f.code for f in found] == ["XL001"] and not entries(tmp_path / "cache")


def test_stdin_is_never_cached(project, capsys, monkeypatch):
    import io

    source = (project / "fixtures" / "keras_project" / "train_mnist.py").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(source)))
    main(["check", "-", "--stdin-filename", "train_mnist.py"])
    assert "XL101" in capsys.readouterr().out
    assert not (project / ".xentlint_cache").exists()


def test_what_a_module_read_in_an_earlier_analysis_read_is_a_dependency_too(tmp_path):
    """first.py makes models.py bind `HEAD` (reading layers.py); second.py then gets `HEAD`
    from the run's memory, never reading layers.py itself: it still depends on it."""
    (tmp_path / "layers.py").write_text("ACTIVATION = 'softmax'\n")
    (tmp_path / "models.py").write_text(
        "from tensorflow import keras\nfrom layers import ACTIVATION\nHEAD = ACTIVATION\n\n"
        "def build():\n    return keras.Sequential([keras.layers.Dense(10, "
        "activation=HEAD)])\n")
    for name in ("first", "second"):
        (tmp_path / f"{name}.py").write_text(
            "from tensorflow import keras\nfrom models import build\nmodel = build()\n"
            "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
    settings = Settings(root=tmp_path)
    sources = [SourcePath(tmp_path / f"{name}.py", settings) for name in ("first", "second")]
    cache = Cache(tmp_path / "cache")
    found = run.check_files(sources, cache=cache)  # one process: the second reads the memory
    assert [f.code for f in found] == ["XL101", "XL101"]
    layers = str(tmp_path / "layers.py")
    for entry in entries(tmp_path / "cache"):
        assert layers in {item[1] for item in json.loads(entry.read_text())["consulted"]}
    (tmp_path / "layers.py").write_text("ACTIVATION = None\n")
    projects._PROJECTS.clear()  # (a new run: this process remembers the old HEAD)
    assert run.check_files(sources, cache=Cache(tmp_path / "cache")) == []


def test_watch_ignores_the_cache_files():
    from xentlint.watch import matters

    assert matters("project/.gitignore") and matters("project/train.py")
    assert not matters("project/.xentlint_cache/.gitignore")
    assert not matters("project/.xentlint_cache/0.1.0/ab/cd.json")


def test_an_entry_for_module_names_that_are_not_utf8(tmp_path):
    module = tmp_path / os.fsdecode(b"mod\xff.py")  # (a surrogate escape in the name)
    module.write_text("X = 1\n")
    from xentlint.interp.project import stamp

    cache, settings = Cache(tmp_path / "cache"), Settings(root=tmp_path)
    consulted = {("file", module, ""): stamp(module),
                 ("find", tmp_path, os.fsdecode(b"mod\xff")): module}
    cache.store("ab" * 16, settings, [], consulted)
    assert Cache(tmp_path / "cache").load("ab" * 16, settings) == []
    module.write_text("X = 2\n")
    assert Cache(tmp_path / "cache").load("ab" * 16, settings) is None


def test_clean_removes_the_caches_xentlint_made_and_nothing_else(project: Path, capsys):
    nested = project / "sub" / "inner"
    shutil.copytree(REPO / "fixtures" / "torch_project", nested)
    (nested / "pyproject.toml").write_text("[tool.xentlint]\n")
    main(["check", "fixtures"])
    main(["check", "sub/inner"])
    elsewhere = project.parent / "elsewhere-cache"
    main(["check", "--cache-dir", str(elsewhere), "fixtures"])
    made = [project / ".xentlint_cache", nested / ".xentlint_cache", elsewhere]
    assert all(c.is_dir() for c in made)
    decoy = project / "data" / ".xentlint_cache"  # (the user's: no tag)
    decoy.mkdir(parents=True)
    (decoy / "keep.txt").write_text("mine")
    capsys.readouterr()

    assert main(["clean", "--cache-dir", str(elsewhere)]) == 0
    out = capsys.readouterr().out
    assert not any(c.exists() for c in made)
    assert (decoy / "keep.txt").read_text() == "mine"
    assert "Removing cache at: .xentlint_cache" in out
    assert f"Removing cache at: {os.path.join('sub', 'inner', '.xentlint_cache')}" in out
    assert main(["clean"]) == 0 and capsys.readouterr().out == ""  # (nothing left to remove)
