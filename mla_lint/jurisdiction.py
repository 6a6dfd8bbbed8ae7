"""Jurisdiction profiles: what a requested (or requesting) state changes about the checks.

A profile is selected explicitly (``--jurisdiction UK``, or ``jurisdiction``
in the configuration), or automatically: a profile with ``auto`` runs on a
document whose requested or requesting state, as ``mla_lint.parties`` reads
them, matches it. Explicit selection turns the automatic choice off, so a
run can always be pinned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from mla_lint.findings import Severity


@dataclass(frozen=True)
class StateMatch:
    """Which documents select a profile automatically, by ISO 3166-1 alpha-2 codes ("GB", "US", "PK").

    The profile is chosen when the document's requested state is in
    ``requested`` or its requesting state is in ``requesting``; with
    ``both=True`` both must match (a European Investigation Order goes from
    one member state to another, so both sides are EU members).
    """

    requested: frozenset[str] = frozenset()
    requesting: frozenset[str] = frozenset()
    both: bool = False

    def matches(self, requested: str | None, requesting: str | None) -> bool:
        """True if a document asked by ``requesting`` of ``requested`` (either may be unknown) selects the profile."""
        to = requested is not None and requested in self.requested
        by = requesting is not None and requesting in self.requesting
        return (to and by) if self.both else (to or by)


@dataclass(frozen=True)
class JurisdictionProfile:
    """A state's (or instrument's) profile.

    Selecting it enables the rules whose ``jurisdiction`` equals ``code`` and
    applies ``severity`` overrides to core rules (``{"MLA111": Severity.ERROR}``).
    ``auto`` (None: explicit selection only) says which documents select it
    by themselves.
    """

    code: str
    name: str
    description: str = ""
    severity: Mapping[str, Severity] = field(default_factory=dict)
    auto: StateMatch | None = None


@dataclass(frozen=True)
class AppliedProfile:
    """A profile that ran on a file, and why ("requested state United Kingdom (addressee, paragraph 2)")."""

    code: str
    name: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "name": self.name, "reason": self.reason}

    def describe(self) -> str:
        """One line for people: "UK: requested state United Kingdom (addressee, paragraph 2)"."""
        return f"{self.code}: {self.reason}"
