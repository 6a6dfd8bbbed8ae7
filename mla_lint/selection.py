"""Which rules run, and at which severity, under given settings.

Selection follows ruff: ``select`` (default: every core rule plus the rules
of the selected jurisdictions) and ``extend-select`` enable by code or prefix,
``ignore`` disables, and when a code matches both, the longer (more specific)
selector wins; on a tie, ``ignore`` wins. A jurisdiction's rules are enabled
by selecting the jurisdiction, or by naming their codes or prefix explicitly.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from mla_lint.errors import UsageError
from mla_lint.findings import Finding
from mla_lint.registry import Registry
from mla_lint.rule import Rule
from mla_lint.settings import Settings, longest_prefix

ALL = "ALL"


def validate_settings(settings: Settings, registry: Registry) -> None:
    """Refuse selectors that match no rule and jurisdictions that no plugin provides."""
    codes = [rule.code for rule in registry.rules]
    selectors = [
        *(settings.select or ()),
        *settings.extend_select,
        *settings.ignore,
        *settings.severity,
        *(code for _, group in settings.per_file_ignores for code in group),
    ]
    for selector in selectors:
        if selector != ALL and not any(code.startswith(selector) for code in codes):
            raise UsageError(f"unknown rule code or prefix {selector!r} (see mla-lint --list-rules)")
    for code in settings.jurisdiction:
        if code not in registry.jurisdictions:
            known = ", ".join(sorted(registry.jurisdictions)) or "none installed"
            raise UsageError(f"unknown jurisdiction {code!r} (available: {known})")


def active_rules(registry: Registry, settings: Settings, path: str) -> tuple[Rule, ...]:
    """The rules to run on the file at ``path``, in code order."""
    ignore = settings.ignored_for(path)
    return tuple(r for r in registry.rules if _enabled(r, settings, ignore))


def _enabled(rule: Rule, settings: Settings, ignore: tuple[str, ...]) -> bool:
    in_scope = rule.jurisdiction is None or rule.jurisdiction in settings.jurisdiction
    base = settings.select if settings.select is not None else (ALL,)
    positive = base + settings.extend_select
    if not in_scope:
        positive = tuple(s for s in positive if s != ALL)
    chosen = longest_prefix(rule.code, positive)
    if chosen is None:
        return False
    denied = longest_prefix(rule.code, ignore)
    return denied is None or _length(chosen) > _length(denied)


def _length(selector: str) -> int:
    return 0 if selector == ALL else len(selector)


def apply_severity(findings: Iterable[Finding], registry: Registry, settings: Settings) -> list[Finding]:
    """Re-grade findings: jurisdiction profiles first, then the user's own overrides."""
    graded = []
    for finding in findings:
        severity = finding.severity
        for code in settings.jurisdiction:
            severity = registry.jurisdictions[code].severity.get(finding.code, severity)
        severity = settings.severity_for(finding.code, severity)
        graded.append(finding if severity is finding.severity else replace(finding, severity=severity))
    return graded
