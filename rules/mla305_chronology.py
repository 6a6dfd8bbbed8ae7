"""MLA305 chronology: dates that contradict each other."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from mla_lint.analysis import Analysis
from mla_lint.births import birth_facts
from mla_lint.dates import DateFacts, DateMention, document_dates, spelled
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

FORWARD_LOOKING = frozenset({
    "will", "shall", "schedule", "set", "due", "expect", "list", "fix", "plan", "intend", "anticipate", "adjourn",
    "until", "till", "by", "before", "deadline", "expire", "next", "upcoming", "hearing", "trial", "later",
    "return", "postpone", "reschedule", "remand", "summon", "lapse", "expiry", "remain", "valid",
})
"""Words that make a later date legitimate: a hearing set for next year, a deadline, a date until which."""


class Chronology(Rule):
    """Dates in the request contradict each other.

    **What it checks.** Four contradictions, each reported at the later of
    the two places with the other as a related location:

    - a range that ends before it starts ("from 1 January 2021 to 30 June
      2020", "between 17 and 3 March 2022");
    - a date of birth after the request's own date (its date line or
      signature date);
    - one person (the same name, in any order: "KHAN, Mohammad Ali" and
      "Mohammad Ali Khan") given two different dates of birth;
    - an event told in the past tense ("was arrested on 3 May 2025") dated
      after the request itself. Dates of hearings, trials, deadlines and
      other things still to come ("the trial is set for", "by 30 September",
      "will be heard on") are not events.

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
    language_model = frozenset({"tagger", "parser", "lemmatizer"})

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        dates = facts.derived(document_dates)
        yield from self._reversed_ranges(dates)
        yield from self._births_after_request(facts, dates)
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

    def _births_after_request(self, facts: Analysis, dates: DateFacts) -> Iterator[Finding]:
        request = dates.request_date
        signed = request.value(dates.day_first) if request else None
        if request is None or signed is None:
            return
        for birth in facts.derived(birth_facts).births:
            born = birth.mention.value(dates.day_first)
            if born is not None and born > signed:
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
            if born is None or len(birth.person) < 2:
                continue  # a surname alone may be a relative's
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
        for mention in dates.full_dates():
            day = mention.value(dates.day_first)
            if mention is request or mention.is_birth or day is None or day <= signed:
                continue
            if _told_as_past(facts, mention):
                yield self.finding(
                    f"'{mention.text}' is after the request's own date '{request.text}' ({request.where}), "
                    "but the sentence tells it as something that has happened.",
                    mention.block,
                    mention.start,
                    mention.end,
                    related=[request.related("the request's date")],
                    suggestion="Check the year of the event or the date of the request.",
                )


def _told_as_past(facts: Analysis, mention: DateMention) -> bool:
    """The verb the date belongs to is in the past tense ("was arrested on", "transferred on") and looks back.

    The verb is found up the dependency tree from the date; a modal ("will",
    "should"), a forward-looking word on the verb or among its dependents
    ("set", "scheduled", "by", "until") makes it something still to come.
    """
    span = facts.doc_of(mention.block).char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    around = [verb, *verb.children, *span.root.ancestors]
    if any(t.tag_ == "MD" or t.lemma_.lower() in FORWARD_LOOKING for t in around):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in verb.children)
