"""Settings of a lint run: which rules, which jurisdiction, which limits.

One frozen value built from (lowest to highest priority) the plugins'
default configuration, a configuration file and the command line or the
library call. The keys are the same everywhere: ``select``, ``ignore``,
``extend-select``, ``jurisdiction``, ``fail-on``, ``severity``,
``per-file-ignores``, ``limits`` (see ``mla_lint.config`` for the file form).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import PurePath
from typing import Mapping

from mla_lint.findings import Severity
from mla_lint.limits import Limits


@dataclass(frozen=True)
class Settings:
    """Everything that decides which findings a document gets."""

    select: tuple[str, ...] | None = None
    """Codes or prefixes to run; None means every core rule plus the selected jurisdictions' rules."""
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    jurisdiction: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Severity overrides by code or prefix (longest prefix wins)."""
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(glob, codes) pairs: codes ignored in files whose path matches the glob."""
    limits: Limits = field(default_factory=Limits)
    timeout: float | None = None
    """Seconds allowed per document (reading and all rules); None: no limit."""

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """The ignore list for ``path``, including matching per-file ignores."""
        extra = tuple(
            code
            for pattern, codes in self.per_file_ignores
            if _path_matches(path, pattern)
            for code in codes
        )
        return self.ignore + extra

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The configured severity of ``code``: the longest matching override, else ``default``."""
        match = longest_prefix(code, self.severity)
        return self.severity[match] if match is not None else default


def longest_prefix(code: str, selectors: Mapping[str, object] | tuple[str, ...]) -> str | None:
    """The longest selector that ``code`` starts with ("ALL" matches every code with length 0)."""
    best: str | None = None
    for selector in selectors:
        if selector == "ALL" or code.startswith(selector):
            if best is None or _specificity(selector) > _specificity(best):
                best = selector
    return best


def _specificity(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector)


def _path_matches(path: str, pattern: str) -> bool:
    """Glob match on the whole path or on its file name (``*.pdf`` matches ``a/b.pdf``)."""
    pure = PurePath(path)
    return fnmatch(pure.as_posix(), pattern) or fnmatch(pure.name, pattern) or pure.match(pattern)
