"""Configuration files: discovery, keys, validation, precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from mla_lint.config import Config, find_config_file, layered, load_config_file
from mla_lint.errors import ConfigError
from mla_lint.findings import Severity
from mla_lint.limits import Limits
from mla_lint.settings import Settings

FULL = """
select = ["MLA1", "MLA2"]
ignore = "MLA202"
extend-select = []
jurisdiction = "ru"
fail-on = "error"
format = "json"
statistics = true

[severity]
MLA110 = "error"

[per-file-ignores]
"drafts/*.docx" = ["MLA110"]

[limits]
max-pages = 10
max-seconds = 5
"""


def test_every_key_of_mla_lint_toml(tmp_path: Path) -> None:
    (tmp_path / "mla-lint.toml").write_text(FULL)
    config = load_config_file(tmp_path / "mla-lint.toml")
    assert config.settings() == Settings(
        select=("MLA1", "MLA2"),
        ignore=("MLA202",),
        extend_select=(),
        jurisdiction=("RU",),
        fail_on=Severity.ERROR,
        severity={"MLA110": Severity.ERROR},
        per_file_ignores=(("drafts/*.docx", ("MLA110",)),),
        limits=Limits(max_pages=10, max_seconds=5.0),
    )
    options = config.output_options()
    assert (options.format, options.statistics, options.quiet) == ("json", True, False)


def test_pyproject_tool_table_and_upward_discovery(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mla-lint]\nselect = ["MLA110"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    found = find_config_file(deep / "request.docx")
    assert found == (tmp_path / "pyproject.toml").resolve()
    assert load_config_file(found).settings().select == ("MLA110",)


def test_mla_lint_toml_is_preferred_and_a_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config_file(tmp_path / "r.pdf") is None
    (tmp_path / "mla-lint.toml").write_text('select = ["MLA2"]\n')
    (tmp_path / "pyproject.toml").write_text('[tool.mla-lint]\nselect = ["MLA1"]\n')
    assert find_config_file(tmp_path / "r.pdf") == (tmp_path / "mla-lint.toml").resolve()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("selekt = ['MLA1']", "unknown configuration key 'selekt'"),
        ("select = [", "not valid TOML"),
        ("fail-on = 'fatal'", "unknown severity 'fatal'"),
        ("select = 3", "'select' must be a list of strings"),
        ("[severity]\nMLA110 = 'loud'", "unknown severity 'loud'"),
        ("[limits]\nmax-pages = -1", "must be a positive number"),
        ("[limits]\nmax-coffee = 1", "unknown limit 'max-coffee'"),
    ],
)
def test_bad_configuration_is_a_clear_error_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "mla-lint.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as caught:
        load_config_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_layers_defaults_file_command_line() -> None:
    defaults = {"severity": {"RU101": "info"}, "fail-on": "info"}
    found = Config({"severity": {"MLA110": "error"}, "fail-on": "warning", "select": ["MLA1"]})
    config = layered(defaults, found, {"fail-on": "error", "select": "MLA2"})
    settings = config.settings()
    assert settings.fail_on is Severity.ERROR
    assert settings.select == ("MLA2",)
    assert settings.severity == {"RU101": Severity.INFO, "MLA110": Severity.ERROR}
