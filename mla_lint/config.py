"""Configuration files: ``mla-lint.toml`` or ``[tool.mla-lint]`` in ``pyproject.toml``.

The file is looked up from the linted file's folder upwards; in each folder
``mla-lint.toml`` is preferred, then a ``pyproject.toml`` that has a
``[tool.mla-lint]`` table. Keys are the command-line option names::

    # mla-lint.toml (or [tool.mla-lint] in pyproject.toml)
    select = ["MLA1", "MLA2"]
    ignore = ["MLA207"]
    extend-select = []
    jurisdiction = "UK"            # or a list
    fail-on = "warning"            # error | warning | info
    timeout = 60                   # seconds per document
    format = "text"
    output = "lint-report.txt"
    statistics = false
    quiet = false
    jobs = 2                       # worker processes for a batch (default: every core)
    cache = true                   # reuse results for unchanged files
    rule-paths = ["my_rules/"]     # rule files (TOML) or folders of them, relative to this file

    [severity]                     # [tool.mla-lint.severity] in pyproject.toml
    MLA110 = "error"

    [per-file-ignores]
    "drafts/*.docx" = ["MLA202"]

    [limits]
    max-file-bytes = 52428800
    max-pages = 500

Precedence: plugins' defaults < the file < the command line.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from mla_lint.errors import ConfigError
from mla_lint.findings import Severity
from mla_lint.limits import Limits
from mla_lint.settings import Settings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILE = "mla-lint.toml"
PYPROJECT = "pyproject.toml"
TOOL_TABLE = "mla-lint"

SELECTION_KEYS = {"select", "extend-select", "ignore", "jurisdiction"}
OUTPUT_KEYS = {"format", "output", "statistics", "quiet", "jobs", "cache"}
TABLE_KEYS = {"severity", "per-file-ignores", "limits"}
RULE_PATHS = "rule-paths"
"""Rule files of the run (read from the run's configuration, not per file: they add rules to the registry)."""
KNOWN_KEYS = SELECTION_KEYS | OUTPUT_KEYS | TABLE_KEYS | {"fail-on", "timeout", RULE_PATHS}


@dataclass(frozen=True)
class OutputOptions:
    """Options of a whole run (its output, parallelism and cache), not of the findings of a file."""

    format: str = "text"
    output: str | None = None
    statistics: bool = False
    quiet: bool = False
    jobs: int | None = None
    """Worker processes for a batch; None: one per available core."""
    cache: bool = True


@dataclass(frozen=True)
class Config:
    """A parsed configuration: the settings it implies and where it came from."""

    values: Mapping[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def merged(self, overrides: Mapping[str, Any]) -> Config:
        """This configuration with ``overrides`` (e.g. the command line) winning key by key."""
        values = dict(self.values)
        for key, value in overrides.items():
            if key in TABLE_KEYS and isinstance(values.get(key), Mapping):
                values[key] = {**values[key], **value}
            else:
                values[key] = value
        return Config(values, self.path)

    def settings(self) -> Settings:
        """Turn the keys into `Settings` (ConfigError naming the file on a bad value)."""
        try:
            return _settings(self.values)
        except (TypeError, ValueError, KeyError) as exc:
            raise ConfigError(f"{self._where()}invalid configuration: {_reason(exc)}") from None

    def output_options(self) -> OutputOptions:
        values = {k.replace("-", "_"): v for k, v in self.values.items() if k in OUTPUT_KEYS}
        jobs = values.get("jobs")
        if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
            raise ConfigError(f"{self._where()}invalid configuration: 'jobs' must be a positive integer, not {jobs!r}")
        if not isinstance(values.get("cache", True), bool):
            raise ConfigError(f"{self._where()}invalid configuration: 'cache' must be true or false")
        return replace(OutputOptions(), **values)

    def rule_paths(self) -> tuple[str, ...]:
        """The ``rule-paths`` of this configuration (a file's are already made relative to its folder)."""
        value = self.values.get(RULE_PATHS, ())
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{self._where()}invalid configuration: 'rule-paths' must be a list of paths")
        return tuple(value)

    def _where(self) -> str:
        return f"{self.path}: " if self.path else ""


def layered(defaults: Mapping[str, Any], found: Config, overrides: Mapping[str, Any]) -> Config:
    """Plugins' defaults, then the configuration file, then the command line or call arguments."""
    return Config(dict(defaults), found.path).merged(found.values).merged(overrides)


def load_config_file(path: Path) -> Config:
    """Parse ``path`` (an ``mla-lint.toml`` or a ``pyproject.toml``) and check its keys."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get(TOOL_TABLE, {})
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown configuration key {unknown[0]!r} (known: {', '.join(sorted(KNOWN_KEYS))})")
    config = Config(data, path)
    config.settings()  # validate types now, with the file's name
    if RULE_PATHS in data:
        data[RULE_PATHS] = [str(path.parent / p) for p in config.rule_paths()]
    return Config(data, path)


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or its parents, or None."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        with open(pyproject, "rb") as handle:
            return TOOL_TABLE in tomllib.load(handle).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return False


def _settings(values: Mapping[str, Any]) -> Settings:
    kwargs: dict[str, Any] = {}
    if "select" in values:
        kwargs["select"] = parse_codes(values["select"], "select")
    if "extend-select" in values:
        kwargs["extend_select"] = parse_codes(values["extend-select"], "extend-select")
    if "ignore" in values:
        kwargs["ignore"] = parse_codes(values["ignore"], "ignore")
    if "jurisdiction" in values:
        kwargs["jurisdiction"] = parse_codes(values["jurisdiction"], "jurisdiction")
    if "fail-on" in values:
        kwargs["fail_on"] = Severity.parse(_string(values["fail-on"], "fail-on"))
    if "timeout" in values:
        kwargs["timeout"] = _positive(values["timeout"], "timeout")
    if "severity" in values:
        kwargs["severity"] = {
            code.upper(): Severity.parse(_string(level, f"severity.{code}"))
            for code, level in _table(values["severity"], "severity").items()
        }
    if "per-file-ignores" in values:
        kwargs["per_file_ignores"] = tuple(
            (pattern, parse_codes(codes, f"per-file-ignores.{pattern}"))
            for pattern, codes in _table(values["per-file-ignores"], "per-file-ignores").items()
        )
    if "limits" in values:
        try:
            kwargs["limits"] = Limits.from_mapping(dict(_table(values["limits"], "limits")))
        except KeyError as exc:
            raise ValueError(f"unknown limit {exc.args[0]!r}") from None
    return Settings(**kwargs)


def parse_codes(value: Any, key: str) -> tuple[str, ...]:
    """A list or comma-separated string of codes, upper-cased and stripped."""
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = list(value)
    else:
        raise TypeError(f"{key!r} must be a list of strings or a comma-separated string")
    return tuple(item.strip().upper() for item in items if item.strip())


def _positive(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{key!r} must be a positive number of seconds, not {value!r}")
    return float(value)


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{key!r} must be a string")
    return value


def _table(value: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{key!r} must be a table")
    return value


def _reason(exc: Exception) -> str:
    return str(exc.args[0]) if exc.args else type(exc).__name__
