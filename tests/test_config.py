"""``[tool.xentlint]``: discovery, meaning of each key, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint import catalog
from xentlint.cli import cli
from xentlint.config import (
    DEFAULT_EXCLUDE,
    ConfigError,
    ConfigResolver,
    Selection,
    load_config_file,
    resolve_selection,
)

ALL_CODES = frozenset(catalog.all_rules())
BROKEN = "import keras\nmodel.compile(loss='mse'\n"


def write_config(directory: Path, body: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "pyproject.toml"
    path.write_text(body)
    return path


def test_defaults_select_every_rule(tmp_path: Path) -> None:
    settings = load_config_file(write_config(tmp_path, "[project]\nname = 'x'\n"))
    assert settings.enabled == ALL_CODES
    assert settings.exclude == DEFAULT_EXCLUDE
    assert settings.frameworks is None
    assert settings.root == tmp_path


def test_every_key(tmp_path: Path) -> None:
    path = write_config(tmp_path, """
[tool.xentlint]
select = ["XL1", "XL2"]
extend-select = ["XL301"]
ignore = ["XL104"]
per-file-ignores = { "tests/*" = ["XL2"], "legacy" = ["XL1"] }
exclude = ["generated"]
extend-exclude = ["scratch/*.py"]
frameworks = ["keras", "torch"]
""")
    settings = load_config_file(path)
    assert "XL101" in settings.enabled and "XL301" in settings.enabled
    assert "XL104" not in settings.enabled and "XL302" not in settings.enabled
    assert settings.frameworks == frozenset({"keras", "torch"})
    assert settings.is_enabled("XL201", tmp_path / "src" / "a.py")
    assert not settings.is_enabled("XL201", tmp_path / "tests" / "a.py")
    assert settings.is_enabled("XL201", tmp_path / "tests" / "sub" / "a.py") is False  # parent dir
    assert not settings.is_enabled("XL101", tmp_path / "src" / "legacy" / "a.py")
    assert settings.is_excluded(tmp_path / "a" / "generated" / "x.py")
    assert not settings.is_excluded(tmp_path / "build" / "x.py")  # exclude replaced the defaults
    assert settings.is_excluded(tmp_path / "scratch" / "x.py")
    assert not settings.is_excluded(tmp_path / "src" / "scratch" / "x.py")  # anchored


def test_extend_exclude_keeps_defaults(tmp_path: Path) -> None:
    settings = load_config_file(write_config(tmp_path, '[tool.xentlint]\nextend-exclude = ["x"]\n'))
    assert settings.is_excluded(tmp_path / "build" / "a.py")
    assert settings.is_excluded(tmp_path / "x" / "a.py")


def test_selection_specificity_and_layers() -> None:
    assert resolve_selection([Selection(select=("XL1",), ignore=("XL101",))]) == (
        {"XL001"} | {c for c in ALL_CODES if c.startswith("XL1")} - {"XL101"})
    assert "XL101" in resolve_selection([Selection(extend_select=("XL101",), ignore=("XL1",))])
    assert "XL101" not in resolve_selection([Selection(extend_select=("XL1",), ignore=("XL1",))])
    # a later layer (the command line) replaces an earlier select
    layers = [Selection(select=("XL2",)), Selection(select=("XL3",))]
    assert resolve_selection(layers) == {"XL001"} | {c for c in ALL_CODES if c.startswith("XL3")}


def test_parse_errors_survive_select_but_not_ignore() -> None:
    assert "XL001" in resolve_selection([Selection(select=("XL101",))])
    assert "XL001" not in resolve_selection([Selection(ignore=("XL001",))])
    assert resolve_selection([Selection(ignore=("ALL",))]) == frozenset()


@pytest.mark.parametrize(("body", "expected"), [
    ("selct = ['XL1']",
     "pyproject.toml: [tool.xentlint] unknown key 'selct' (did you mean 'select'?)"),
    ("per_file_ignores = {}", "unknown key 'per_file_ignores' (did you mean 'per-file-ignores'?)"),
    ("select = ['XL999']", "[tool.xentlint] select: unknown rule selector 'XL999'"),
    ("ignore = ['E501']", "[tool.xentlint] ignore: unknown rule selector 'E501'"),
    ("select = 'XL1'", "[tool.xentlint] select: expected a list of strings, got a string"),
    ("exclude = [1]", "exclude: expected a list of strings, got a list with non-string items"),
    ("frameworks = ['pytorch']", "frameworks: unknown framework 'pytorch'"),
    ("per-file-ignores = ['x']",
     "per-file-ignores: expected a table of glob = [codes], got a list"),
    ("per-file-ignores = { 'a.py' = 'XL1' }",
     "per-file-ignores.'a.py': expected a list of rule codes"),
    ("per-file-ignores = { 'a.py' = ['XL9'] }",
     "per-file-ignores.'a.py': unknown rule selector 'XL9'"),
])
def test_invalid_settings_name_file_and_key(tmp_path: Path, monkeypatch, body: str,
                                            expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    path = write_config(tmp_path, f"[tool.xentlint]\n{body}\n")
    with pytest.raises(ConfigError) as error:
        load_config_file(path)
    assert expected in str(error.value)
    assert str(error.value).startswith("pyproject.toml: ")
    assert "\n" not in str(error.value)


def test_invalid_toml(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_config(tmp_path, "[tool.xentlint\nselect = 1\n")
    with pytest.raises(ConfigError, match=r"^pyproject.toml: invalid TOML: "):
        ConfigResolver().settings_for(tmp_path / "a.py")


def test_plain_toml_file_has_top_level_keys(tmp_path: Path) -> None:
    path = tmp_path / "xentlint.toml"
    path.write_text('ignore = ["XL1"]\n')
    assert "XL101" not in load_config_file(path).enabled


def test_nearest_pyproject_with_the_table_wins(tmp_path: Path) -> None:
    write_config(tmp_path, '[tool.xentlint]\nignore = ["XL1"]\n')
    write_config(tmp_path / "plain", "[project]\nname = 'plain'\n")  # no table: skipped
    write_config(tmp_path / "sub", '[tool.xentlint]\nignore = ["XL2"]\n')
    resolver = ConfigResolver()
    top = resolver.settings_for(tmp_path / "plain" / "deep" / "a.py")
    assert top.config_file == tmp_path / "pyproject.toml"
    assert "XL101" not in top.enabled and "XL201" in top.enabled
    sub = resolver.settings_for(tmp_path / "sub" / "a.py")
    assert sub.config_file == tmp_path / "sub" / "pyproject.toml"
    assert "XL101" in sub.enabled and "XL201" not in sub.enabled
    assert sub.root == tmp_path / "sub"


def test_explicit_config_and_isolated(tmp_path: Path) -> None:
    write_config(tmp_path, '[tool.xentlint]\nignore = ["XL1"]\n')
    other = write_config(tmp_path / "other", '[tool.xentlint]\nignore = ["XL2"]\n')
    forced = ConfigResolver(other).settings_for(tmp_path / "a.py")
    assert "XL101" in forced.enabled and "XL201" not in forced.enabled
    isolated = ConfigResolver(isolated=True).settings_for(tmp_path / "a.py")
    assert isolated.enabled == ALL_CODES and isolated.config_file is None


def test_command_line_overrides_layer_on_config(tmp_path: Path) -> None:
    write_config(tmp_path, '[tool.xentlint]\nignore = ["XL1"]\n')
    resolver = ConfigResolver(overrides=Selection(extend_select=("XL101",)))
    enabled = resolver.settings_for(tmp_path / "a.py").enabled
    assert "XL101" in enabled and "XL102" not in enabled


def test_cli_uses_per_file_ignores_and_reports_config_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gen").mkdir()
    (tmp_path / "gen" / "bad.py").write_text(BROKEN)
    (tmp_path / "bad.py").write_text(BROKEN)
    write_config(tmp_path, '[tool.xentlint]\nper-file-ignores = { "gen/*.py" = ["XL001"] }\n')
    result = CliRunner().invoke(cli, ["."])
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()[:-1]] == ["bad.py"]
    # --isolated ignores the config
    isolated = CliRunner().invoke(cli, [".", "--isolated"])
    assert "gen/bad.py:2:14: XL001" in isolated.stdout
    # a broken config: one line naming file and key, exit 2
    write_config(tmp_path, '[tool.xentlint]\nselect = ["XL1000"]\n')
    broken = CliRunner().invoke(cli, ["."])
    assert broken.exit_code == 2
    assert broken.stderr.startswith("xentlint: error: pyproject.toml: [tool.xentlint] select: "
                                    "unknown rule selector 'XL1000'")
    assert broken.stderr.count("\n") == 1


def test_cli_config_option(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.py").write_text(BROKEN)
    config = tmp_path / "ci.toml"
    config.write_text('ignore = ["XL001"]\n')
    assert CliRunner().invoke(cli, ["bad.py"]).exit_code == 1
    assert CliRunner().invoke(cli, ["bad.py", "--config", "ci.toml"]).exit_code == 0
    missing = CliRunner().invoke(cli, ["bad.py", "--config", "nope.toml"])
    assert missing.exit_code == 2 and "nope.toml" in missing.stderr


def test_python_api_check_paths_config_forms(tmp_path: Path, monkeypatch) -> None:
    from xentlint import check_paths
    from xentlint.config import Settings
    from xentlint.pipeline.discover import DiscoveryError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.py").write_text(BROKEN)
    write_config(tmp_path, '[tool.xentlint]\nignore = ["XL001"]\n')
    assert check_paths(["."]) == []  # the project's pyproject.toml applies
    assert [f.code for f in check_paths(["."], Settings())] == ["XL001"]
    other = tmp_path / "other.toml"
    other.write_text('select = ["XL1"]\n')
    [finding] = check_paths([tmp_path / "bad.py"], other)
    assert (finding.filename, finding.span.start.row) == ("bad.py", 2)
    with pytest.raises(DiscoveryError):
        check_paths(["missing.py"])
