"""EIO105: an EIO is issued or validated by a judicial authority."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import parties
from mla_lint.rule import Rule
from mla_lint_eio.scope import is_eio

JUDICIAL = re.compile(
    r"\b(?:judge|judicial|court|tribunal|magistrate|prosecut\w*|procura\w*|parquet|ministère\s+public|"
    r"staatsanwalt\w*|gericht\w*|fiscal[ií]a|juez|juge|giudice|sąd|prokurat\w*|openbaar\s+ministerie|rechtbank|"
    r"public\s+ministry|attorney)\b",
    re.IGNORECASE,
)
"""Judges, courts, investigating judges and public prosecutors, in English and in the usual national names."""
VALIDATION = re.compile(r"\bvalidat\w*\b", re.IGNORECASE)
SIGNATURE_BLOCKS = 2


class JudicialAuthority(Rule):
    """A European Investigation Order is issued, or validated, by a judicial authority (a judge, court or public prosecutor).

    **What it checks.** In a document that is an EIO, the issuing authority
    (as mla_lint reads it from the letterhead, the sentence that issues the
    order or the signature), its block or the signature block names a judge,
    a court, an investigating judge or a public prosecutor, or the EIO says
    it has been validated (section L of the form). The rule fires when the
    issuing authority is, for instance, a police or customs service and no
    validation is stated.

    **Why it matters.** An EIO "is a judicial decision which has been issued
    or validated by a judicial authority of a Member State". One issued by
    another competent authority without validation is not an EIO, and the
    executing authority will return it.

    **Source.** Directive 2014/41/EU Art. 1(1), read at
    http://www.legislation.gov.uk/eudr/2014/41/body/adopted ; Annex A section
    L (validating authority) per research note §1.6 and §3.3 (section wording
    UNVERIFIED).

    **Bad.** An EIO issued by the Central Criminal Police of a member state,
    signed by a police commissioner, with section L empty.

    **Good.** The same EIO with section L completed: "Validated by the
    Public Prosecutor's Office of Vilnius, prosecutor J. Jonaitis, on 3 March
    2025."
    """

    code = "EIO105"
    name = "judicial-authority"
    severity = Severity.ERROR
    jurisdiction = "EIO"
    source = "Directive 2014/41/EU Art. 1(1)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not is_eio(facts):
            return
        body = [block for block in document.body() if block.text.strip()]
        if any(VALIDATION.search(block.text) for block in body):
            return
        authority = facts.derived(parties).requesting_authority
        own = body[-SIGNATURE_BLOCKS:] + ([authority.block] if authority is not None else [])
        if any(JUDICIAL.search(block.text) for block in own):
            return
        message = "The EIO is not issued by a judge, court or public prosecutor, and no validation by one is stated."
        suggestion = "Have the EIO validated by a judge, court, investigating judge or public prosecutor and complete section L."
        if authority is None:
            yield self.finding(message, suggestion=suggestion)
        else:
            yield self.finding(message, authority.block, authority.start, authority.end, suggestion=suggestion)
