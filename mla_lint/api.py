"""The one-call library entry point: ``mla_lint.lint(source, ...)``."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from mla_lint.config import Config, layered, load_config_file, parse_codes
from mla_lint.engine import Linter
from mla_lint.registry import build_registry
from mla_lint.report import Report
from mla_lint.settings import Settings

MAX_PATH_LENGTH = 4096


def lint(
    source: str | bytes | os.PathLike[str],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    jurisdiction: str | Iterable[str] | None = None,
    config: Settings | Mapping[str, Any] | str | os.PathLike[str] | None = None,
    format: str | None = None,
) -> Report:
    """Lint one request and return its `Report` (``.findings``, ``.document``, ``.to_dict()``).

    ``source`` is a path (``str`` naming an existing file, or ``os.PathLike``),
    the bytes of a file (``format`` "docx", "pdf" or "text", or None to
    decide from the content), or the text of a request (any other ``str``).
    ``config`` is a `Settings`, a mapping with the configuration-file keys, or
    the path of a configuration file (its ``rule-paths`` add rules written as
    data); ``select``, ``ignore`` and ``jurisdiction`` override it. Without
    ``jurisdiction`` (in the call or the configuration), the installed
    profiles matching the request's states run (``report.files[0].profiles``). An unreadable source is reported in
    ``report.files[0].error``, never raised; invalid options raise
    `mla_lint.errors.UsageError` or `ConfigError`.
    """
    found = config if isinstance(config, Settings) else _config(config)
    registry = build_registry(rule_paths=() if isinstance(found, Settings) else found.rule_paths())
    settings = _settings(found, registry.default_config, select=select, ignore=ignore, jurisdiction=jurisdiction)
    linter = Linter(settings, registry=registry)
    if isinstance(source, bytes):
        result = linter.lint_bytes(source, format=format)
    elif isinstance(source, os.PathLike) or (format != "text" and _names_a_file(source)):
        result = linter.lint_path(Path(source))
    else:
        result = linter.lint_text(source)
    return linter.report([result])


def _names_a_file(text: str) -> bool:
    return len(text) < MAX_PATH_LENGTH and "\n" not in text and Path(text).exists()


def _config(config: Mapping[str, Any] | str | os.PathLike[str] | None) -> Config:
    """The configuration the caller gave: none, a mapping of configuration keys, or a file's path."""
    if config is None:
        return Config()
    if isinstance(config, Mapping):
        return Config(dict(config))
    return load_config_file(Path(config))


def _settings(
    found: Settings | Config,
    defaults: Mapping[str, Any],
    *,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    jurisdiction: str | Iterable[str] | None,
) -> Settings:
    """The settings of the configuration (below the plugins' defaults) with the keyword arguments winning."""
    base = found if isinstance(found, Settings) else layered(defaults, found, {}).settings()
    overrides: dict[str, Any] = {}
    if select is not None:
        overrides["select"] = parse_codes(list(select), "select")
    if ignore is not None:
        overrides["ignore"] = parse_codes(list(ignore), "ignore")
    if jurisdiction is not None:
        overrides["jurisdiction"] = parse_codes(
            jurisdiction if isinstance(jurisdiction, str) else list(jurisdiction), "jurisdiction"
        )
    return replace(base, **overrides)
