"""MLA306 weekday-mismatch: a weekday written beside a date is not that date's weekday."""

from __future__ import annotations

from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.dates import document_dates, spelled, weekday_name
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule


class WeekdayMismatch(Rule):
    """A weekday written with a date does not match it ("Monday, 5 March 2023" was a Sunday).

    **What it checks.** Every date written with its weekday ("Monday, 5 March
    2023", "Tuesday 12/03/2024", "Friday, March 1, 2024", "5 March 2023
    (Monday)", "on 5 March 2023, a Monday,") is checked against the
    calendar. An all-numeric date that could be read two ways is checked
    in the reading the document uses elsewhere; if it has none, it is left to
    MLA304.

    **Why it matters.** Either the weekday or the date is wrong, and the
    reader cannot tell which: the meeting, the withdrawal at the branch or the
    search happened on one day, and the requested state's officers will look
    for it on that day (CCTV footage, branch records, telephone data are kept
    for short periods and searched by date).

    **Source.** UNTOC Art. 18(15)(b)-(d) and UNCAC Art. 46(15)(b)-(d) (a
    summary of the relevant facts and a description of the evidence sought),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1).

    **Bad.** "On Monday, 5 March 2023 the suspect withdrew PKR 2,000,000."

    **Good.** "On Sunday, 5 March 2023 the suspect withdrew PKR 2,000,000."
    """

    code = "MLA306"
    name = "weekday-mismatch"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(b)-(d); UNCAC Art. 46(15)(b)-(d)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        dates = facts.derived(document_dates)
        for mention in dates.mentions:
            if mention.weekday is None:
                continue
            day = mention.value(dates.day_first)
            if day is None or day.weekday() == mention.weekday:
                continue
            yield self.finding(
                f"'{mention.text}': {spelled(day)} is a {weekday_name(day.weekday())}, "
                f"not a {weekday_name(mention.weekday)}.",
                mention.block,
                mention.start,
                mention.end,
                suggestion=f"Correct the weekday ({weekday_name(day.weekday())}) or the date.",
            )
