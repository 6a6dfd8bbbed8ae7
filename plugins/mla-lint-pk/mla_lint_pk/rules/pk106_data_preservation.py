"""PK106: a request to Pakistan for electronic data asks for its expedited preservation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint_pk.direction import incoming

PRESERVE = re.compile(r"\bpreserv\w*\b|\bretain(?:ed)?\b|\bretention\b|\bsection\s+19\b", re.IGNORECASE)


class DataPreservation(Rule):
    """A request to Pakistan for stored electronic data asks for the data to be preserved without delay.

    **What it checks.** When Pakistan is the requested state and the request
    asks for communications or other stored electronic data (subscriber,
    traffic or content data held by a service provider), it also asks for
    that data to be preserved (or retained) until it can be produced. This
    is a recommendation, reported as information.

    **Why it matters.** Providers keep such data for a limited time, and a
    request takes weeks to execute. The Act gives Pakistan a procedure for
    the "expedited preservation and disclosure of information system" (s.
    19), separate from production, search and seizure (s. 20); asking for
    preservation at once keeps the data from being deleted while the
    request is considered.

    **Source.** Mutual Legal Assistance (Criminal Matters) Act 2020, ss. 19
    and 20 (titles, VERIFIED, Pakistan Code copy at
    https://lex-form.com/statutes/pakistan-atomic-energy-commission-ordinance-1965.html);
    research note §3.4. The sections' text was not read, so the rule only
    recommends asking for preservation.

    **Bad.** "Please obtain from the service provider the subscriber details
    and call records of +92 300 1234567 for March 2025."

    **Good.** "... Pending execution, please arrange for the expedited
    preservation of these records."
    """

    code = "PK106"
    name = "data-preservation"
    severity = Severity.INFO
    jurisdiction = "PK"
    source = "Mutual Legal Assistance (Criminal Matters) Act 2020, ss. 19 and 20"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not facts.derived(incoming):
            return
        data = facts.derived(assistance_sought).of_kind(AssistanceType.COMMUNICATIONS_DATA)
        if not data or any(PRESERVE.search(block.text) for block in document.body()):
            return
        first = data[0].evidence
        yield self.finding(
            "The request asks Pakistan for stored electronic data but not for its expedited preservation.",
            first.block, first.start, first.end,
            suggestion="Ask for the data to be preserved without delay pending execution of the request.",
        )
