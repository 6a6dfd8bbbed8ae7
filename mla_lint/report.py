"""The result of a lint: per-file findings and errors, ready for any formatter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mla_lint.findings import ChecklistItem, Finding, Severity
from mla_lint.jurisdiction import AppliedProfile
from mla_lint.model import Document

SCHEMA_VERSION = "1.2"


@dataclass(frozen=True)
class RuleInfo:
    """What the outside world needs to know of a rule (listing, SARIF metadata)."""

    code: str
    name: str
    severity: Severity
    origin: str
    summary: str
    documentation: str
    source: str = ""
    jurisdiction: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "origin": self.origin,
            "summary": self.summary,
            "jurisdiction": self.jurisdiction,
        }


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised instead of checking: reported, never fatal to the run."""

    code: str
    origin: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "origin": self.origin, "message": self.message}


@dataclass(frozen=True)
class FileReport:
    """One input: its findings, or the reason it could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    rule_failures: tuple[RuleFailure, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    """Each selected required element: present (with where), missing, or not applicable."""
    document: Document | None = None
    profiles: tuple[AppliedProfile, ...] = ()
    """The jurisdiction profiles that ran on the file, each with why (explicit choice, or the states the document names)."""

    @property
    def ok(self) -> bool:
        """True if the file was read and every rule ran."""
        return self.error is None and not self.rule_failures

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "format": self.document.format if self.document else None,
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
            "rule_failures": [r.to_dict() for r in self.rule_failures],
            "checklist": [item.to_dict() for item in self.checklist],
            "profiles": [profile.to_dict() for profile in self.profiles],
        }


@dataclass(frozen=True)
class Report:
    """All files of one run, the rules that were active, and run-level warnings and errors.

    ``errors`` are run-level failures that are nobody's file's fault, such as
    a plugin that failed to load; they make the exit code 2 like an
    unreadable file does.
    """

    files: tuple[FileReport, ...]
    rules: tuple[RuleInfo, ...] = ()
    warnings: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    tool_version: str = ""

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of every file, in file order."""
        return tuple(f for fr in self.files for f in fr.findings)

    def iter_findings(self) -> Iterator[tuple[FileReport, Finding]]:
        for fr in self.files:
            for f in fr.findings:
                yield fr, f

    @property
    def has_errors(self) -> bool:
        """True if any file was unreadable, any rule failed or a plugin failed to load (exit code 2)."""
        return bool(self.errors) or any(not fr.ok for fr in self.files)

    def exit_code(self, fail_on: Severity = Severity.WARNING) -> int:
        """2 if something could not be checked, 1 if a finding reaches ``fail_on``, else 0."""
        if self.has_errors:
            return 2
        if any(f.severity.rank >= fail_on.rank for f in self.findings):
            return 1
        return 0

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape (``schemas/report.schema.json``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "mla-lint", "version": self.tool_version},
            "files": [fr.to_dict() for fr in self.files],
            "warnings": list(self.warnings),
            "errors": list(self.errors),
        }

    @property
    def document(self) -> Document | None:
        """The document of a one-file report (the usual library case)."""
        return self.files[0].document if len(self.files) == 1 else None
