"""Helpers for testing rules and plugins: one line per test.

::

    from mla_lint.testing import assert_codes

    def test_fires_without_assurance():
        assert_codes("To: UK Central Authority ... murder, punishable by death ...", {"UK101"}, jurisdiction="UK")

    def test_silent_with_assurance():
        assert_codes(Path("samples/complete_to_uk.docx"), set(), jurisdiction="UK")

A ``str`` is the text of a request (paragraphs separated by blank lines), a
``Path`` a file (.docx, .pdf, .txt), ``bytes`` the content of a file. With
``jurisdiction`` and no ``select``, only that jurisdiction's own rules are
compared (a plugin's test is not disturbed by the core rules' findings on a
short text); pass ``select`` to compare other codes too. By default the
installed plugins are loaded as the command line loads them; ``plugins``
adds plugin objects (a module with hook implementations) that are not
installed, ``rule_paths`` rule files, and ``autoload=False`` loads none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from mla_lint.config import Config
from mla_lint.engine import Linter
from mla_lint.findings import Finding
from mla_lint.registry import build_registry
from mla_lint.selection import validate_settings
from mla_lint.settings import Settings

Source = str | bytes | Path


def findings_for(
    source: Source,
    *,
    jurisdiction: str | None = None,
    select: Iterable[str] | None = None,
    plugins: Sequence[object] = (),
    rule_paths: Sequence[str | Path] = (),
    autoload: bool | None = None,
) -> tuple[Finding, ...]:
    """The findings on ``source`` (see the module's docstring for the arguments); a read error raises AssertionError."""
    linter = _linter(tuple(plugins), tuple(map(str, rule_paths)), autoload)
    settings = _settings(linter, jurisdiction, None if select is None else tuple(select))
    if isinstance(source, Path):
        report = linter.lint_path(source, settings)
    elif isinstance(source, bytes):
        report = linter.lint_bytes(source, settings=settings)
    else:
        report = linter.lint_text(source, settings=settings)
    if report.error is not None:
        raise AssertionError(f"{report.path} could not be read: {report.error}")
    if report.rule_failures:
        failures = "; ".join(f"{f.code}: {f.message}" for f in report.rule_failures)
        raise AssertionError(f"rules failed on {report.path}: {failures}")
    return report.findings


def codes_for(source: Source, **options: object) -> set[str]:
    """The codes that fire on ``source`` (same arguments as `findings_for`)."""
    return {finding.code for finding in findings_for(source, **options)}  # type: ignore[arg-type]


def assert_codes(source: Source, expected: Iterable[str], **options: object) -> None:
    """Assert that exactly the codes ``expected`` fire on ``source``; the message lists every finding."""
    findings = findings_for(source, **options)  # type: ignore[arg-type]
    wanted = set(expected)
    got = {finding.code for finding in findings}
    if got != wanted:
        lines = "\n".join(f"  {f.code} {f.location.describe() if f.location else 'document'}: {f.message}" for f in findings)
        raise AssertionError(
            f"expected {sorted(wanted)}, got {sorted(got)} (missing {sorted(wanted - got)}, "
            f"unexpected {sorted(got - wanted)}); findings:\n{lines or '  none'}"
        )


@lru_cache(maxsize=16)
def _linter(plugins: tuple[object, ...], rule_paths: tuple[str, ...], autoload: bool | None) -> Linter:
    """One linter per plugin set, kept for the test session (the language model loads once anyway)."""
    return Linter(registry=build_registry(plugins, autoload=autoload, rule_paths=rule_paths))


def _settings(linter: Linter, jurisdiction: str | None, select: tuple[str, ...] | None) -> Settings:
    base = Config(linter.registry.default_config).settings()
    codes = () if jurisdiction is None else (jurisdiction.upper(),)
    if select is None and jurisdiction is not None:
        select = tuple(rule.code for rule in linter.registry.rules if rule.jurisdiction == codes[0])
        if not select:
            raise AssertionError(f"no installed rule belongs to the jurisdiction {jurisdiction!r}")
    settings = Settings(select=select, jurisdiction=codes, severity=base.severity, limits=base.limits)
    validate_settings(settings, linter.registry)
    return settings
