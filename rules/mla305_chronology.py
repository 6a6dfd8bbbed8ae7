"""MLA305 chronology: dates that contradict each other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from mla_lint.analysis import Analysis
from mla_lint.births import BirthDate, age_on, birth_facts, person_key, sentence_bounds
from mla_lint.clauses import CLAUSE_COMPONENTS, clauses_of
from mla_lint.dates import DateFacts, DateMention, document_dates, spelled
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

ROLES = frozenset({"suspect", "accused", "defendant", "offender", "respondent", "appellant"})
"""Words by which a request refers to a person by his part in the case ("the suspect")."""
PRONOUNS = frozenset({"he", "she"})
CHILD = frozenset({
    "child", "children", "minor", "baby", "infant", "juvenile", "son", "daughter", "girl", "boy", "grandson",
    "granddaughter", "victim", "newborn",
})
"""Words that say a person is (or may be) a child: such a person may well be born after the events began."""
ADULT = 18
"""The age under which a person with a part in the events, not said to be a child, shows a mistyped year of birth."""


class Chronology(Rule):
    """Dates in the request contradict each other.

    **What it checks.** Five contradictions, each reported at the later of
    the two places (a date of birth at the birth) with the other as a related
    location:

    - a range that ends before it starts ("from 1 January 2021 to 30 June
      2020", "between 17 and 3 March 2022", "from March 2021 to February
      2020", "from 2021 to 2019"); a range written short borrows the month or
      year it leaves out, so "from June to January 2021" ends before it
      starts (a period across the new year must give its first year);
    - a date of birth after the request's own date (its date line, an
      e-mail's "Sent:" line, a form's "Date of request" field, or the
      signature's "Done at ... on" / "Dated this ...");
    - a date of birth after an event the person took part in: the person is
      the subject of the dated verb ("KHAN opened the account on 3 May
      2015") or its agent ("controlled by Li Wei"), "the suspect" when the
      date of birth is given for "the suspect", or "he" / "she" when the
      request gives only one person a date of birth. A company founded or an
      Act passed before someone was born is not his event. A person no event
      names is compared with the first event the request tells: born after
      it and under 18 at the request's date, though nothing calls him a
      child (a child, a son, a victim may be born after the events began);
    - one person (the same name, in any order: "KHAN, Mohammad Ali" and
      "Mohammad Ali Khan") given two different dates of birth;
    - an event told in the past tense ("was arrested on 3 May 2025"), or a
      state "since" a date, dated after the request itself. Dates of
      hearings, trials, deadlines and other things still to come ("the trial
      is set for", "by 30 September", "will be heard on") are not events.

    Only the sentences of the dates in question are parsed (tagger and
    parser), so the rule stays cheap on a long request.

    **Why it matters.** One of the two dates is wrong, and the requested
    state cannot tell which: a production order for a period that ends
    before it begins cannot be made, a person with two dates of birth cannot
    be identified with certainty, and an event after the letter was signed
    shows a date typed wrongly (or a recycled request).

    **Source.** UNTOC Art. 18(15)(b) and (e), UNCAC Art. 46(15)(b) and (e)
    (a summary of the facts; the identity of the persons concerned),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1).

    **Bad.** "Records for the period from 1 January 2023 to 31 December 2022."

    **Good.** "Records for the period from 1 January 2022 to 31 December 2023."
    """

    code = "MLA305"
    name = "chronology"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(b), (e); UNCAC Art. 46(15)(b), (e)"
    language_model = CLAUSE_COMPONENTS

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        dates = facts.derived(document_dates)
        yield from self._reversed_ranges(dates)
        late = _births_after_request(facts, dates)
        yield from self._report_births_after_request(dates, late)
        yield from self._births_after_events(facts, dates, late)
        yield from self._conflicting_births(facts, dates)
        yield from self._events_after_request(facts, dates)

    def _reversed_ranges(self, dates: DateFacts) -> Iterator[Finding]:
        for end in dates.mentions:
            start = end.range_start
            if start is None:
                continue
            first, last = start.value(dates.day_first), end.last_day(dates.day_first)
            if first is not None and last is not None and last < first:
                yield self.finding(
                    f"The period '{start.text}' to '{end.text}' ends ({spelled(last)}) before it starts "
                    f"({spelled(first)}).",
                    end.block,
                    start.start,
                    end.end,
                    suggestion="Correct the first or the last date of the period.",
                )

    def _report_births_after_request(self, dates: DateFacts, late: list[BirthDate]) -> Iterator[Finding]:
        request = dates.request_date
        for birth in late:
            assert request is not None  # a birth is late only against the request's date
            who = f" of {birth.name}" if birth.name else ""
            yield self.finding(
                f"The date of birth{who} '{birth.mention.text}' is after the request's own date "
                f"'{request.text}' ({request.where}).",
                birth.mention.block,
                birth.mention.start,
                birth.mention.end,
                related=[request.related("the request's date")],
                suggestion="Check the year of birth.",
            )

    def _conflicting_births(self, facts: Analysis, dates: DateFacts) -> Iterator[Finding]:
        first_seen: dict[frozenset[str], tuple[DateMention, date, str]] = {}
        for birth in facts.derived(birth_facts).births:
            born = birth.mention.value(dates.day_first)
            if born is None or birth.mention.day is None or len(birth.person) < 2:
                continue  # a surname alone may be a relative's; a month of birth fits many days
            if birth.person not in first_seen:
                first_seen[birth.person] = (birth.mention, born, birth.name)
                continue
            earlier, earlier_born, earlier_name = first_seen[birth.person]
            if earlier_born != born:
                yield self.finding(
                    f"{birth.name} is born '{birth.mention.text}' here but '{earlier.text}' in {earlier.where} "
                    f"(as {earlier_name}): two different dates of birth for one person.",
                    birth.mention.block,
                    birth.mention.start,
                    birth.mention.end,
                    related=[earlier.related(f"date of birth of {earlier_name}")],
                    suggestion="Check the identity documents and give one date of birth throughout.",
                )

    def _events_after_request(self, facts: Analysis, dates: DateFacts) -> Iterator[Finding]:
        request = dates.request_date
        signed = request.value(dates.day_first) if request else None
        if request is None or signed is None:
            return
        later = []
        for mention in dates.full_dates():
            day = mention.value(dates.day_first)
            if mention is not request and not mention.is_birth and day is not None and day > signed:
                later.append(mention)
        clauses = clauses_of(facts, (m for m in later if not m.since))
        for mention in later:
            if mention.since or clauses[mention].past:
                yield self.finding(
                    f"'{mention.text}' is after the request's own date '{request.text}' ({request.where}), "
                    f"but the sentence tells it as something that has {'begun' if mention.since else 'happened'}.",
                    mention.block,
                    mention.start,
                    mention.end,
                    related=[request.related("the request's date")],
                    suggestion="Check the year of the event or the date of the request.",
                )

    def _births_after_events(self, facts: Analysis, dates: DateFacts, reported: list[BirthDate]) -> Iterator[Finding]:
        """A person born after an event the request says he took part in ("KHAN opened the account on ..."), or,
        when no event names him, a person born after the first event who would still be a child when the request
        is written, though the request does not say he is one."""
        births = [(b, b.mention.value(dates.day_first)) for b in facts.derived(birth_facts).births if b not in reported]
        dated = [(b, born) for b, born in births if born is not None]
        if not dated:
            return
        latest = max(born for _, born in dated)
        earlier = [m for m in dates.mentions if not m.is_birth and (m.last_day(dates.day_first) or latest) < latest]
        clauses = clauses_of(facts, earlier)
        linked: set[int] = set()
        for mention in earlier:
            clause = clauses[mention]
            birth = _person_of(clause.actor, dated) if clause.past else None
            if birth is None or id(birth[0]) in linked:
                continue
            person, born = birth
            last = mention.last_day(dates.day_first)
            if last is None or born <= last:
                continue
            linked.add(id(person))
            who = person.name or "the person"
            yield self.finding(
                f"The date of birth of {who} '{person.mention.text}' is after '{mention.text}' ({mention.where}), "
                f"when the request says {_as_written(clause.actor)} took part in the events.",
                person.mention.block,
                person.mention.start,
                person.mention.end,
                related=[mention.related(f"{_as_written(clause.actor)} acted on this date")],
                suggestion="Check the year of birth, or the date of the event.",
            )
        events = sorted(
            ((d, m) for m in earlier if clauses[m].past and (d := m.last_day(dates.day_first)) is not None),
            key=lambda event: event[0],  # two events on one day keep their order (mentions do not compare)
        )
        yield from self._unlinked_child_births(dates, dated, events, linked)

    def _unlinked_child_births(
        self, dates: DateFacts, births: list[tuple[BirthDate, date]], events: list[tuple[date, DateMention]], linked: set[int]
    ) -> Iterator[Finding]:
        """A person born after the first event told, and under age at the request's date, not said to be a child."""
        signed = dates.request_date.value(dates.day_first) if dates.request_date else None
        if not events or signed is None:
            return
        first_day, first = events[0]
        for person, born in births:
            if id(person) in linked or born <= first_day or age_on(born, signed) >= ADULT or _words_of_sentence(person) & CHILD:
                continue
            who = person.name or "the person"
            yield self.finding(
                f"The date of birth of {who} '{person.mention.text}' is after '{first.text}' ({first.where}), the "
                f"first event the request tells, and would make {who} {age_on(born, signed)} at the request's date; "
                "nothing says this person is a child.",
                person.mention.block,
                person.mention.start,
                person.mention.end,
                related=[first.related("the first event of the request")],
                suggestion="Check the year of birth.",
            )


def _births_after_request(facts: Analysis, dates: DateFacts) -> list[BirthDate]:
    """The dates of birth after the request's own date."""
    request = dates.request_date
    signed = request.value(dates.day_first) if request else None
    if signed is None:
        return []
    births = facts.derived(birth_facts).births
    return [b for b in births if (born := b.mention.value(dates.day_first)) is not None and born > signed]


def _person_of(actor: str, births: list[tuple[BirthDate, date]]) -> tuple[BirthDate, date] | None:
    """The born person an actor is, if only one fits.

    A name is the person whose name contains it ("KHAN" in "Mohammad Ali
    KHAN"); a role ("the suspect", "the accused") is the person introduced
    with that role beside his date of birth ("The suspect, X, born ...");
    "he" or "she" only when the request gives one person a date of birth.
    """
    key = person_key(actor)
    words = {w.lower() for w in actor.split()}
    if key:
        fitting = [(b, born) for b, born in births if key <= b.person]
    elif words & ROLES:
        fitting = [(b, born) for b, born in births if words & ROLES & _words_of_sentence(b)]
    elif words & PRONOUNS:
        fitting = births
    else:
        return None
    return fitting[0] if len({b.person or id(b) for b, _ in fitting}) == 1 else None


def _words_of_sentence(birth: BirthDate) -> set[str]:
    """The words of the sentence that gives a date of birth, in lower case, without possessives ("the suspect's
    daughter, born ..." is not the suspect's birth)."""
    text = birth.mention.block.text
    lo, hi = sentence_bounds(text, birth.mention.start)
    return {w.lower() for w in re.findall(r"\w+\b(?!['’]s\b)", text[lo:hi])}


def _as_written(actor: str) -> str:
    """The actor in the middle of a sentence: "the suspect", "he", "KHAN"."""
    first, _, rest = actor.partition(" ")
    return (first.lower() if first.lower() in {"the", "he", "she"} else first) + (f" {rest}" if rest else "")
