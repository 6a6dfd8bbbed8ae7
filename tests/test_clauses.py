"""mla_lint.clauses: the clause of a date, parsed alone unless the document is parsed already."""

from __future__ import annotations

from mla_lint.analysis import Analysis
from mla_lint.clauses import clauses_of
from mla_lint.dates import document_dates
from mla_lint.limits import Limits
from mla_lint.readers.text_reader import TextReader

TEXT = (
    "Islamabad, 9 July 2024\n\n"
    "KHAN opened the account on 3 May 2015. The trial is set for 3 March 2025.\n\n"
    "The account was controlled by Li Wei between January and June 2018."
)


def analysis() -> Analysis:
    return Analysis(TextReader().read(TEXT.encode(), "<text>", Limits()))


def clauses(facts: Analysis) -> dict[str, tuple[bool, str]]:
    dates = facts.derived(document_dates)
    return {m.text: (c.past, c.actor) for m, c in clauses_of(facts, dates.mentions).items()}


def test_past_events_and_who_took_part() -> None:
    found = clauses(analysis())
    assert found["3 May 2015"] == (True, "KHAN")
    assert found["3 March 2025"][0] is False  # set for: still to come
    assert found["June 2018"] == (True, "Li Wei")  # the agent of a passive verb


def test_only_the_sentences_of_the_dates_are_parsed_unless_the_document_is() -> None:
    facts = analysis()
    alone = clauses(facts)
    assert "parsed" not in facts.__dict__
    assert len(facts.parsed) == 3  # another rule parses the whole document
    assert clauses(facts) == alone
