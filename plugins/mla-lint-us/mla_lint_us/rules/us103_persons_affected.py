"""US103: the citizenship of the persons a request affects is given."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

CITIZENSHIP = re.compile(
    r"\b(?:citizen(?:ship)?s?|nationals?|nationality|passport|national\s+identity|born\s+(?:on|in)|date\s+of\s+birth|DOB)\b",
    re.IGNORECASE,
)
PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+|\b(?:suspect|accused|defendant|account\s+holder|witness)\b")


class PersonsAffected(Rule):
    """A request to the US gives the identity, address and citizenship of the persons it affects.

    **What it checks.** When the request seeks a coercive measure (bank or
    communications records, a search, a production order, freezing, an
    order to testify) about a person, it should give that person's
    citizenship or nationality, or other identifying data (passport, date of
    birth). The rule fires when the request names a person (or speaks of the
    suspect, the accused, the account holder, a witness) and gives none of
    these anywhere. Names and addresses are checked by the core rule MLA108.

    **Why it matters.** A request under a treaty with the US "includes the
    same information that must be provided in a letter rogatory, except that
    the promise of reciprocity is omitted and certain additional information
    (e.g., name, address and citizenship of all persons affected by the
    request) may be required." Citizenship matters to a US court, because
    US persons have constitutional protections that foreign persons may not
    have in the same way.

    **Source.** US Department of Justice, Criminal Resource Manual 276
    (archived, https://www.justice.gov/archives/jm/criminal-resource-manual-276-treaty-requests);
    research note §3.2 (SECONDARY, official). Whether a given treaty asks
    for it depends on the treaty, hence an information-level finding.

    **Bad.** "Please obtain the statements of account 4401-2209 held by Mr
    John Carter at Chase Bank." with nothing on Mr Carter's citizenship.

    **Good.** "Mr John Carter, a British citizen born on 2 May 1980,
    resident at 14 Ocean Drive, Miami Beach ..."
    """

    code = "US103"
    name = "persons-affected"
    severity = Severity.INFO
    jurisdiction = "US"
    source = "DOJ Criminal Resource Manual 276"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        coercive = facts.derived(assistance_sought).coercive_measures
        if not coercive:
            return
        text = "\n".join(block.text for block in document.body())
        if CITIZENSHIP.search(text) or not PERSON.search(text):
            return
        evidence = coercive[0].evidence
        yield self.finding(
            "The request affects persons but gives no citizenship, nationality or other identifying data for them; "
            "US treaty requests may require it.",
            evidence.block, evidence.start, evidence.end,
            suggestion="For each person affected, give the full name, address and citizenship (and date of birth or passport number if known).",
        )
