"""Findings: what a rule reports, in the shape the JSON output makes public."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from mla_lint.model import Location


class Severity(str, Enum):
    """How bad a finding is; ordered so ``--fail-on`` can compare."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: info 0, warning 1, error 2."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Accept "error", "Warning", " info " (raises ValueError otherwise)."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {choices})") from None


@dataclass(frozen=True)
class Related:
    """A second place that explains a finding ("spelled X here but Y there")."""

    location: Location
    message: str
    excerpt: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"location": self.location.to_dict(), "message": self.message, "excerpt": self.excerpt}


@dataclass(frozen=True)
class Finding:
    """One problem in one document.

    ``location`` is ``None`` for a whole-document finding such as a missing
    element; ``origin`` is the plugin that registered the rule ("core" for
    built-in rules).
    """

    code: str
    name: str
    severity: Severity
    message: str
    location: Location | None = None
    excerpt: str | None = None
    related: tuple[Related, ...] = ()
    suggestion: str | None = None
    origin: str = "core"

    def sort_key(self) -> tuple[int, int, int, str]:
        """Document order, whole-document findings first, then by code."""
        loc = self.location
        if loc is None:
            return (0, 0, 0, self.code)
        return (1, loc.paragraph or 0, loc.start or 0, self.code)

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape of a finding (see ``schemas/report.schema.json``)."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "location": self.location.to_dict() if self.location else None,
            "excerpt": self.excerpt,
            "related": [r.to_dict() for r in self.related],
            "suggestion": self.suggestion,
            "origin": self.origin,
        }


class ElementState(str, Enum):
    """Whether a required element is in the request."""

    PRESENT = "present"
    MISSING = "missing"
    NOT_APPLICABLE = "not-applicable"


@dataclass(frozen=True)
class ChecklistItem:
    """One line of a request's completeness checklist: a required element and where it was found.

    ``location``/``excerpt`` point at the text that satisfies a present element
    ("found here"), or at the heading that announced a missing one; ``reason``
    says why an element does not apply (no summary of facts is needed for a
    request that only asks for service of documents).
    """

    code: str
    name: str
    state: ElementState
    summary: str
    location: Location | None = None
    excerpt: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape of a checklist item (see ``schemas/report.schema.json``)."""
        return {
            "code": self.code,
            "name": self.name,
            "state": self.state.value,
            "summary": self.summary,
            "location": self.location.to_dict() if self.location else None,
            "excerpt": self.excerpt,
            "reason": self.reason,
        }
