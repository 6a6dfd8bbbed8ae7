"""MLA307 age-mismatch: a stated age contradicts the person's date of birth."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from mla_lint.analysis import Analysis
from mla_lint.births import BirthDate, StatedAge, age_on, birth_facts
from mla_lint.dates import DateFacts, DateMention, document_dates, spelled
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule


class AgeMismatch(Rule):
    """A stated age contradicts the date of birth given for the same person.

    **What it checks.** Each age in the body ("aged 34", "34 years old", "a
    34-year-old", "age: 34") is matched with the date of birth of the person
    named just before it (the same name, or part of it: "Khan, then aged 33"
    is Mohammad Ali KHAN's age if he is the only Khan with a date of birth).
    The age is computed at the date it refers to: the date of the event in
    the same sentence ("on 3 May 2019 Khan, then aged 33, ...") or the
    request's own date, whichever fits: it is reported only when it fits
    neither ("then aged" is counted at the event only). An age said of the
    time of the events with no date in its sentence ("aged 25 at the time of
    the offence", "then aged 25") must fit some day between the first and the
    last event the request dates. A month of birth ("born in July 1985")
    allows either age of that month. An age no date of birth can be matched
    to, or with no date to count it at, is left alone.

    **Why it matters.** The age and the date of birth identify the person
    together; when they disagree, one is wrong, and the requested state may
    be looking at a different person (a father and a son share names in many
    naming traditions).

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("the identity,
    location and nationality of any person concerned"),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1).

    **Bad.** "Mohammad Ali KHAN, born 12 May 1985, aged 45" in a request
    dated 9 July 2024.

    **Good.** "Mohammad Ali KHAN, born 12 May 1985, aged 39".
    """

    code = "MLA307"
    name = "age-mismatch"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(e); UNCAC Art. 46(15)(e)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        dates = facts.derived(document_dates)
        births = facts.derived(birth_facts)
        for age in births.ages:
            birth = births.birth_of(age)
            borns = _birth_days(birth.mention, dates) if birth else ()
            if birth is None or not borns:
                continue
            if age.at_events:
                finding = self._at_events(age, birth, borns, dates)
                if finding is not None:
                    yield finding
                continue
            references = [(m, m.value(dates.day_first)) for m in _references(age, dates.request_date)]
            references = [(m, day) for m, day in references if day is not None and day >= max(borns)]
            if not references or any(_fits(age.years, born, m, day, dates) for born in borns for m, day in references):
                continue
            born = borns[0]
            who = birth.name or "the person"
            ages = " and ".join(
                f"{age_on(born, day)} on {spelled(day)} ({'the date of the request' if m is dates.request_date else 'the date in the same sentence'})"
                for m, day in references
            )
            yield self.finding(
                f"'{age.text}' does not fit {who}'s date of birth '{birth.mention.text}' ({birth.mention.where}): "
                f"the age was {ages}.",
                age.block,
                age.start,
                age.end,
                related=[birth.mention.related(f"date of birth of {who}")] + [m.related("the date the age is counted at") for m, _ in references],
                suggestion=f"Write the age as {age_on(born, references[0][1])}, or check the date of birth.",
            )


    def _at_events(self, age: StatedAge, birth: BirthDate, borns: tuple[date, ...], dates: DateFacts) -> Finding | None:
        """An age at the time of the events: it must fit some day between the first and the last event told."""
        signed = dates.request_date.value(dates.day_first) if dates.request_date else None
        events = sorted(
            (day, m)
            for m in dates.full_dates()
            if not m.is_birth and (day := m.value(dates.day_first)) is not None
            and day >= max(borns) and (signed is None or day < signed)  # the request's date is no event
        )
        if not events:
            return None
        (first, first_mention), (last, last_mention) = events[0], events[-1]
        if any(age_on(born, first) <= age.years <= age_on(born, last) for born in borns):
            return None
        born, who = borns[0], birth.name or "the person"
        span = f"{age_on(born, first)}" if age_on(born, first) == age_on(born, last) else f"{age_on(born, first)} to {age_on(born, last)}"
        return self.finding(
            f"'{age.text}' at the time of the events does not fit {who}'s date of birth '{birth.mention.text}' "
            f"({birth.mention.where}): {_period(first, last)}, the age was {span}.",
            age.block,
            age.start,
            age.end,
            related=[birth.mention.related(f"date of birth of {who}"), first_mention.related("the first event"),
                     last_mention.related("the last event")],
            suggestion=f"Write the age at the events ({span}), or check the date of birth.",
        )


def _birth_days(mention: DateMention, dates: DateFacts) -> tuple[date, ...]:
    """The days a person may be born on: the date, both readings of an unsettled numeric one, or the first and the
    last day of a month of birth ("born in June 1985")."""
    if mention.day is None:
        first, last = mention.value(dates.day_first), mention.last_day(dates.day_first)
        return tuple(day for day in (first, last) if day is not None)
    return mention.possible_days(dates.day_first)


def _period(first: date, last: date) -> str:
    """The dates of the events in words: "on 3 May 2010", "between 3 May 2010 and 5 June 2012"."""
    if first == last:
        return f"on {spelled(first)}, the date of the events"
    return f"between {spelled(first)} and {spelled(last)}, the dates of the events"


def _fits(years: int, born: date, reference: DateMention, day: date, dates: DateFacts) -> bool:
    """The age is the age on ``day``, or, when ``day`` ends a period ("between 2019 and 2021"), on a day of it."""
    start = reference.range_start.value(dates.day_first) if reference.range_start else None
    youngest = age_on(born, start) if start is not None and start >= born else age_on(born, day)
    return youngest <= years <= age_on(born, day)


def _references(age: StatedAge, request_date: DateMention | None) -> list[DateMention]:
    """The dates an age may be counted at: the event in its sentence, and the request's date unless it says "then"."""
    dates = [age.reference] if age.reference else []
    if request_date is not None and not (age.text.lower().startswith("then") and dates):
        dates.append(request_date)
    return dates
