"""MLA303 invalid-date: a date that cannot exist (31 February 2023, 2023-13-01)."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.dates import DateMention, document_dates, month_name
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule


class InvalidDate(Rule):
    """A date in the request does not exist on the calendar.

    **What it checks.** Every date in the body, however written ("31 February
    2023", "April 31, 2022", "2023-13-01", "30/02/2021"): a date whose month
    has no such day, or whose month number is over 12. An all-numeric date is
    reported only when neither reading (day first or month first) is a real
    day. Months of a year ("June 2021") are checked for their month only.
    Numbers that only look like dates are not dates: reference numbers
    after "No.", "FIR", "section", "Article", "Annex", "page" or "version"
    ("FIR 12/05/2021", "section 3/4/2010"), and numbers over 39, which no
    mistyped day makes ("45/13/2021").

    **Why it matters.** A date that cannot exist is a typing error in a fact
    the requested state relies on: the day of a transfer the bank must search
    for, the date of birth that identifies a person, the period of an order.
    The bank cannot search a day that does not exist, and a court asked to
    order production for "31 June" will send the request back. Requests must
    identify persons and transactions exactly.

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("where
    possible, the identity, location and nationality of any person
    concerned"), 2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1);
    the identity and account details required by the OAS mutual assistance
    form (research note, "inconsistent names, dates and identifiers": no
    source names such errors as a ground of refusal; UNVERIFIED).

    **Bad.** "The transfer was made on 31 April 2022."

    **Good.** "The transfer was made on 30 April 2022."
    """

    code = "MLA303"
    name = "invalid-date"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(e); UNCAC Art. 46(15)(e)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        for mention in facts.derived(document_dates).mentions:
            if not mention.exists:
                yield self.finding(
                    f"'{mention.text}' is not a date: {_why(mention)}.",
                    mention.block,
                    mention.start,
                    mention.end,
                    suggestion="Check the date against the source document and correct it.",
                )


def _why(mention: DateMention) -> str:
    """What makes the date impossible, in words."""
    if mention.is_numeric:
        return (
            f"neither {mention.day} as the day and {mention.month} as the month nor the other way round "
            "is a day of the calendar"
        )
    if not 1 <= mention.month <= 12:
        return f"there is no month {mention.month}"
    days = calendar.monthrange(mention.year, mention.month)[1]
    return f"{month_name(mention.month)} {mention.year} has {days} days"
