"""US106: a treaty request to the US goes to the Department of Justice, Office of International Affairs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.instruments import legal_basis
from mla_lint.model import Document
from mla_lint.rule import Rule

US_CENTRAL_AUTHORITY = re.compile(
    r"\bOffice\s+of\s+International\s+Affairs\b|\bOIA\b|\b(?:U\.?S\.?|United\s+States)\s+Department\s+of\s+Justice\b"
    r"|\bDepartment\s+of\s+Justice\b|\bAttorney\s+General\s+of\s+the\s+United\s+States\b"
    r"|\bCentral\s+Authority\s+of\s+the\s+United\s+States\b|\bUnited\s+States\s+Central\s+Authority\b",
    re.IGNORECASE,
)


class CentralAuthorityOfTheUnitedStates(Rule):
    """A treaty request to the US is addressed to the Department of Justice, Office of International Affairs.

    **What it checks.** When the request relies on a treaty or convention,
    it must be addressed to (or at least name) the Central Authority of the
    United States: the Department of Justice, Criminal Division, Office of
    International Affairs. The rule fires when neither the Office of
    International Affairs, the Department of Justice nor "the Central
    Authority of the United States" is named anywhere, as when a request is
    addressed to the FBI, an embassy or a US Attorney's Office.

    **Why it matters.** The Office of International Affairs is the US
    central authority under its mutual legal assistance treaties, and a
    treaty request reaches a US court only through it; a request sent to an
    agency or an embassy has to be forwarded, or is treated as a
    police-to-police enquiry.

    **Source.** US Department of Justice, Office of International Affairs,
    *Frequently asked questions regarding evidence located abroad*: "The
    Office of International Affairs is the Central Authority of the United
    States under Mutual Legal Assistance Treaties in Criminal Matters",
    https://www.justice.gov/criminal/criminal-oia/frequently-asked-questions-regarding-evidence-located-abroad ;
    UNTOC Art. 18(13); research note §3.2 (SECONDARY, official FAQ).

    **Bad.** "To: Legal Attaché, Federal Bureau of Investigation, US
    Embassy" on a request under the bilateral MLAT.

    **Good.** "To: Office of International Affairs, Criminal Division, U.S.
    Department of Justice, Washington, D.C."
    """

    code = "US106"
    name = "central-authority-of-the-united-states"
    severity = Severity.WARNING
    jurisdiction = "US"
    source = "DOJ OIA FAQ; UNTOC Art. 18(13)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        basis = facts.derived(legal_basis)
        if not basis.instruments or any(US_CENTRAL_AUTHORITY.search(block.text) for block in document.blocks):
            return
        cited = basis.instruments[0].evidence
        yield self.finding(
            "The request relies on a treaty but is not addressed to the Central Authority of the United States "
            "(Department of Justice, Office of International Affairs).",
            cited.block, cited.start, cited.end,
            suggestion="Address it to: Office of International Affairs, Criminal Division, U.S. Department of Justice, Washington, D.C.",
        )
