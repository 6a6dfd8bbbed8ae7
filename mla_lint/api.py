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
    the path of a configuration file; ``select``, ``ignore`` and
    ``jurisdiction`` override it. An unreadable source is reported in
    ``report.files[0].error``, never raised; invalid options raise
    `mla_lint.errors.UsageError` or `ConfigError`.
    """
    registry = build_registry()
    settings = _settings(config, registry.default_config, select=select, ignore=ignore, jurisdiction=jurisdiction)
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


def _settings(
    config: Settings | Mapping[str, Any] | str | os.PathLike[str] | None,
    defaults: Mapping[str, Any],
    *,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    jurisdiction: str | Iterable[str] | None,
) -> Settings:
    """The settings of ``config`` with the keyword arguments winning."""
    if isinstance(config, Settings):
        base = config
    else:
        if config is None:
            found = Config()
        elif isinstance(config, Mapping):
            found = Config(dict(config))
        else:
            found = load_config_file(Path(config))
        base = layered(defaults, found, {}).settings()
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
