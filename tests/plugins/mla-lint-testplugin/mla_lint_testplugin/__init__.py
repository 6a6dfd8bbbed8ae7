"""A third-party style plugin for mla_lint's tests.

It adds the fictional jurisdiction ``RU`` (Ruritania) with one rule and a
severity override, a jurisdiction ``XC`` whose only rule always crashes and one
``XS`` whose only rule never ends (to test fault isolation), an output format ``count`` and a default configuration.
"""

from __future__ import annotations

from typing import Any, Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.formatters.base import Formatter, FormatOptions
from mla_lint.jurisdiction import JurisdictionProfile
from mla_lint.model import Document
from mla_lint.plugin import hookimpl
from mla_lint.report import Report
from mla_lint.rule import Rule

ACT = "Ruritanian Mutual Assistance Act"


class RuritanianAct(Rule):
    """A request to Ruritania cites the Ruritanian Mutual Assistance Act.

    **Why** Ruritania (a fictional state) executes requests only under its
    own Act. **Source** Ruritanian Mutual Assistance Act 1999, s. 4 (fiction).

    **Bad** "Under UNTOC Article 18 ..." alone. **Good** "... and section 4 of
    the Ruritanian Mutual Assistance Act 1999."
    """

    code = "RU101"
    name = "ruritanian-act"
    severity = Severity.WARNING
    jurisdiction = "RU"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not any(ACT.lower() in block.text.lower() for block in document.body()):
            yield self.finding(f"The request does not cite the {ACT}.")


class AlwaysCrashes(Rule):
    """A rule that always raises, to show that a faulty plugin cannot take a run down."""

    code = "XC901"
    name = "always-crashes"
    severity = Severity.ERROR
    jurisdiction = "XC"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        raise RuntimeError("deliberate failure for the tests")


class NeverEnds(Rule):
    """A rule that loops forever, to show that ``--timeout`` stops it and the run goes on."""

    code = "XS902"
    name = "never-ends"
    severity = Severity.ERROR
    jurisdiction = "XS"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        while True:
            try:
                pass
            except Exception:  # even a rule that swallows exceptions is stopped
                continue


class CountFormatter(Formatter):
    """Prints one line per file: path and number of findings."""

    name = "count"
    description = "number of findings per file"

    def render(self, report: Report, options: FormatOptions) -> str:
        return "".join(f"{f.path}\t{len(f.findings)}\n" for f in report.files)


@hookimpl
def get_rules() -> list[type[Rule]]:
    return [RuritanianAct, AlwaysCrashes, NeverEnds]


@hookimpl
def get_jurisdictions() -> list[JurisdictionProfile]:
    return [
        JurisdictionProfile("RU", "Ruritania", "A fictional state for tests", severity={"MLA110": Severity.ERROR}),
        JurisdictionProfile("XC", "Crash test", "Enables a rule that always raises"),
        JurisdictionProfile("XS", "Slow test", "Enables a rule that never ends"),
    ]


@hookimpl
def get_formatters() -> list[Formatter]:
    return [CountFormatter()]


@hookimpl
def load_default_config() -> dict[str, Any]:
    return {"severity": {"RU101": "info"}}
