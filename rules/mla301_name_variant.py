"""MLA301 name-variant: one person or organisation written in two spellings."""

from __future__ import annotations

from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.people import people
from mla_lint.rule import Rule


class NameVariant(Rule):
    """A person or organisation is written in two spellings (Mohammad/Muhammad, Kahn/Khan).

    **What it checks.** The names of the request (runs of capitalised words,
    surname first or last: "Mohammad Ali KHAN", "KHAN, Mohammad Ali",
    "Habib Bank Limited") are grouped into people and organisations
    (``mla_lint.people``): the same words in any order and case are one
    name; a short form — a surname after a title or a role ("Mr Khan", "the
    accused KHAN"), a surname in capitals, initials and a surname ("M. A.
    Khan") — belongs to the one person whose name it fits, and to no one if
    two fit (a father and a son). A finding is made when one entity is
    written with one word changed: a whole name that agrees with another in
    all its words but one, or a short form whose surname is found nowhere
    else but is one small change from the surname of exactly one person.
    A small change is a letter changed, dropped or added, or two letters
    swapped (Mohammad/Muhammad, Volkov/Volkow, Kahn/Khan); in words of four
    or five letters only swapped letters, a vowel changed or a letter
    doubled (Ahmad/Ahmed, Hasan/Hassan), since Jing/Qing or Maria/Marta are
    different names. Not variants: short forms themselves, company suffixes
    ("Ltd" for "Limited"), accents dropped ("García"/"Garcia"), different
    first names ("Imran KHAN" and "Irfan KHAN"), two names written side by
    side in one sentence ("Maria GONZÁLEZ and her sister Marta GONZÁLEZ"), a
    spelling the request declares ("also spelt", "alias", "a.k.a."), two
    countries, and one transliteration used throughout. One finding per
    entity and pair of spellings, at the first place of the rarer one, with
    the usual spelling as a related location.

    **Why it matters.** The requested state searches its registers by name.
    A bank asked about "Muhammad Ali Khan" may answer that it holds nothing
    for "Mohammad Ali Khan"; a court may doubt that the person in the order is
    the person in the facts. Transliterated names (Arabic, Urdu, Chinese,
    Cyrillic) are especially exposed: choose one spelling, the one in the
    passport, and keep it.

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("the identity,
    location and nationality of any person concerned"),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1); UK
    Central Authority case-handling page asks for "the names of the subject/s
    of the request" (research note, quoted there; no refusal statistic is
    known, UNVERIFIED as a refusal ground).

    **Bad.** "Mohammad Ali KHAN opened the account ... Muhammad Ali Khan
    transferred the funds."

    **Good.** "Mohammad Ali KHAN opened the account ... Mohammad Ali KHAN
    (also Mr KHAN) transferred the funds."
    """

    code = "MLA301"
    name = "name-variant"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(e); UNCAC Art. 46(15)(e)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        for variant in facts.derived(people).variants:
            usual, odd = variant.first, variant.other
            yield self.finding(
                f"'{usual.text}' ({usual.where}) is written '{odd.text}' in {odd.where} (the request's names "
                f"spell '{variant.usual_word.capitalize()}' {_times(variant.usual_count)}, '{variant.odd_word.capitalize()}' "
                f"{_times(variant.odd_count)}).",
                odd.block,
                odd.start,
                odd.end,
                related=[usual.related(f"spelled '{usual.text}'")],
                suggestion=f"Use one spelling throughout (the one in the identity documents): '{usual.text}'.",
            )


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"
