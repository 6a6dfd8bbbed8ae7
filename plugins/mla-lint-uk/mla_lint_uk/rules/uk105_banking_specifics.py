"""UK105: a request for banking evidence identifies the accounts and the period."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

ACCOUNT_ID = re.compile(
    r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|\b\d{2}-\d{2}-\d{2}\b"  # sort code
    r"|\b(?:account|a/c|acct)\.?\s+(?:no\.?|number|nr\.?|#)?\s*:?\s*[A-Z0-9][\d -]{5,30}\d\b"
    r"|\b\d{8,20}\b",
    re.IGNORECASE,
)
"""An account identified by IBAN, sort code or account number."""

HOLDER = re.compile(
    r"\b(?:[Hh]eld|[Oo]pened|[Oo]perated|[Mm]aintained|[Cc]ontrolled)\s+(?:\w+\s+){0,2}?by\b|\bin\s+the\s+names?\s+of\b"
    r"|\b[Aa]ccount\s+holders?\b|\b[Ss]ignator(?:y|ies)\b|\b[Aa]ccounts?\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
)
"""Accounts identified by their holder when the number is unknown."""

PERIOD = re.compile(
    r"\b(?:from|between|since)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s*(?:-|–|to|until|and)\s*(?:\d{1,2}\s+)?(?:\w+\s+)?(?:19|20)\d{2}\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*(?:-|–|to|until|and)\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b(?:period|date\s+range)\b[^.]{0,40}\d{4}"
    r"|\bto\s+(?:the\s+)?(?:present|date)\b",
    re.IGNORECASE,
)
"""A time period for the records."""


class BankingSpecifics(Rule):
    """A request to the UK for banking evidence identifies the accounts and the period of the records.

    **What it checks.** When the request asks for bank records, it must say
    which accounts (an account number, IBAN or sort code, or the holder in
    whose name they are held: "held by", "in the name of", "the merchant
    account of Koala Gift Co Pty Ltd") and for what period (from and to dates, or a
    range of years). The rule fires once for each missing particular.

    **Why it matters.** Banking evidence is one of the commonest requests to
    the UK, and a bank can search only for identified accounts over a stated
    period: "all accounts of the suspect" with no bank, number or period
    either cannot be executed or comes back with a request for more
    information. The Home Office noted that banking evidence requests were
    already taking "longer than usual" because of their volume.

    **Source.** Home Office MLA guidelines, 2009 edition, chapter 2 *Form
    and content of requests to the UK*, section on banking and
    telecommunications data (structure read, research note §3.1); GOV.UK MLA
    requests guidance (banking evidence "longer than usual"); the OAS model
    request form asks for the bank, account number, document types and time
    periods (research note §4 item 7, SECONDARY). The guidelines' own wording
    on banking requests was not read.

    **Bad.** "Please obtain all bank records relating to Mr Ahmed."

    **Good.** "Please obtain statements, account-opening documents and
    signatory mandates for account 41234567, sort code 20-00-00, held by
    Northgate Trading Ltd at Barclays Bank plc, from 1 January 2021 to 31
    December 2022."
    """

    code = "UK105"
    name = "banking-specifics"
    severity = Severity.WARNING
    jurisdiction = "UK"
    source = "UK MLA guidelines (2009) ch. 2; OAS model form"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        measures = facts.derived(assistance_sought).of_kind(AssistanceType.BANK_RECORDS)
        if not measures:
            return
        text = "\n".join(block.text for block in document.body())
        first = measures[0].evidence
        if not (ACCOUNT_ID.search(text) or any(HOLDER.search(m.evidence.text) for m in measures)):
            yield self.finding(
                "The request asks for bank records but identifies no account (no account number, IBAN or sort code, "
                "and no account holder).",
                first.block, first.start, first.end,
                suggestion="Name the bank and the account (number, IBAN or sort code), or the holder in whose name it is held.",
            )
        if not PERIOD.search(text):
            yield self.finding(
                "The request asks for bank records but gives no period for them.",
                first.block, first.start, first.end,
                suggestion="State the period of the records sought, e.g. \"from 1 January 2021 to 31 December 2022\".",
            )
