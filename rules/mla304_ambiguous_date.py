"""MLA304 ambiguous-date: an all-numeric date that reads as two different days (03/04/2022)."""

from __future__ import annotations

from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.dates import DateFacts, DateMention, DateStyle, document_dates, spelled
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule


class AmbiguousDate(Rule):
    """An all-numeric date reads as different days day-first and month-first (03/04/2022).

    **What it checks.** Every all-numeric date ("03/04/2022", "5.6.2021",
    "07-08-2023") whose two numbers are both 12 or less and differ, so that it
    is 3 April read day first (most of the world) and 4 March read month first
    (the United States, the Philippines, parts of Canada). The document
    settles the question itself when another of its numeric dates can only be
    read one way ("25/03/2022"): then nothing is reported. Otherwise the
    finding gives both readings and says which one the rest of the request
    suggests: its dates written in words ("3 March 2022" or "March 3,
    2022"), and the request's own date when one reading would fall after it.

    **Why it matters.** A request travels between states that write dates in
    opposite orders. A bank asked for a transfer "on 03/04/2022" may search
    the wrong month; a period "01/02/2021 to 11/12/2021" may cover ten months
    or ten days. Writing the month in words removes the doubt.

    **Source.** UNTOC Art. 18(15)(b)-(d) and UNCAC Art. 46(15)(b)-(d) (the
    facts and the evidence sought must be described),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1); ISO 8601
    (year-month-day) as the unambiguous numeric form.

    **Bad.** "The funds were transferred on 03/04/2022."

    **Good.** "The funds were transferred on 3 April 2022." (or 2022-04-03)
    """

    code = "MLA304"
    name = "ambiguous-date"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(b)-(d); UNCAC Art. 46(15)(b)-(d)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        dates = facts.derived(document_dates)
        if dates.day_first is not None:
            return
        hint = _hint(dates)
        for mention in dates.mentions:
            if not mention.is_ambiguous:
                continue
            day_first, month_first = mention.readings
            assert day_first is not None and month_first is not None  # is_ambiguous
            yield self.finding(
                f"'{mention.text}' is {spelled(day_first)} read day first but {spelled(month_first)} read month "
                f"first, and no other numeric date in the request settles the order{hint}{_after_request(mention, dates)}.",
                mention.block,
                mention.start,
                mention.end,
                suggestion=f"Write the month in words: '{spelled(day_first)}' or '{spelled(month_first)}'.",
            )


def _after_request(mention: DateMention, dates: DateFacts) -> str:
    """When one reading falls after the request's own date (and the other does not), that says which is meant."""
    request = dates.request_date
    signed = request.value(dates.day_first) if request is not None and request is not mention else None
    day_first, month_first = mention.readings
    if signed is None or day_first is None or month_first is None or (day_first > signed) == (month_first > signed):
        return ""
    late, reading = ("day first", "month-first") if day_first > signed else ("month first", "day-first")
    return f"; read {late} it would be after the request's own date ({spelled(signed)}), which suggests the {reading} reading"


def _hint(dates: DateFacts) -> str:
    """What the request's written dates suggest about the order, as the end of a sentence."""
    day_first = sum(m.style is DateStyle.DAY_MONTH_YEAR for m in dates.mentions)
    month_first = sum(m.style is DateStyle.MONTH_DAY_YEAR for m in dates.mentions)
    if day_first > month_first:
        return "; the dates written in words put the day first (3 March 2022), which suggests the day-first reading"
    if month_first > day_first:
        return "; the dates written in words put the month first (March 3, 2022), which suggests the month-first reading"
    return ""
