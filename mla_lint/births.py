"""Dates of birth and stated ages, with the person each belongs to (for MLA305 and MLA307).

A request identifies people by name and date of birth, and often by age
("aged 34", "then 29 years old"). Whose date or age it is comes from the
name written just before it in the same paragraph ("Mohammad Ali KHAN, born
12 May 1985", "KHAN, Mohammad Ali (DOB 12/05/1985)"); a person is known by
the set of the words of his name, so "KHAN, Mohammad Ali" and "Mohammad Ali
Khan" are one person and his father "Ali Khan" another.

An age is an age *at* some date: the date of the event in the same sentence
("on 3 May 2019 Khan, then aged 33, ..."), the time of the events when the
sentence says so ("aged 34 at the time of the offence"), otherwise the date of
the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from mla_lint.countries import country_of
from mla_lint.dates import CALENDAR, DateFacts, DateMention, document_dates
from mla_lint.model import Block

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

NOT_NAME = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "the", "a", "an", "he", "she", "his", "her", "born", "date", "of", "birth", "dob",
    "on", "in", "at", "suspect", "accused", "witness", "nationality", "passport", "national", "citizen", "son",
    "daughter", "wife", "husband", "father", "mother", "brother", "sister", "who", "was", "is", "and", "aged", "age",
    "name", "full", "then", "sir", "madam", "mister", "s", "o", "d", "w", "its", "their", "holder",
    "cnic", "nic", "id", "no", "nr", "number", "iban", "swift", "bic", "tel", "telephone", "mobile", "phone", "email",
    "e-mail", "account", "c", "acct", "code", "card", "identity", "bank",
    "republic", "kingdom", "federation", "state", "states", "emirates", "union", "government", "people's",
}) | frozenset(name.lower() for names in CALENDAR.MONTHS + CALENDAR.WEEKDAYS for name in names)
"""Words that are not part of a person's name: titles, roles, cue words, and month and weekday names."""
AGE = re.compile(
    r"\b(?:(?:then\s+|now\s+|currently\s+)?aged\s+(?P<aged>\d{1,3})\b"
    r"|age(?:\s+of)?\s*:?\s+(?P<age>\d{1,3})\b"
    r"|(?P<old>\d{1,3})(?:\s+|-)years?(?:\s+|-)old\b"
    r"|(?P<years>\d{1,3})\s+years\s+of\s+age\b"
    r"|(?<=[;,]\s)(?P<item>\d{1,3})\s+(?:years|yrs)\.?(?=\s*(?:[;,)]|$)))",  # "born 12 August 1986; 35 years;"
    re.IGNORECASE,
)
"""A stated age; a bare "35 years" counts as one only as an item of a list of particulars after a date of birth."""
AT_THE_TIME = re.compile(
    r"\b(?:then|at\s+the\s+(?:material\s+)?time|at\s+that\s+time|when\s+(?:he|she|they|the)\b|during\s+the)\b",
    re.IGNORECASE,
)
"""Words that count an age at the events, not at the request: "then aged 34", "at the time of the offence"."""
ABBREVIATIONS = ("No", "Nos", "Nr", "Mr", "Mrs", "Ms", "Dr", "Rs", "Ltd", "Co", "Inc", "St", "tel", "Tel", "Art", "para", "s/o", "d/o")
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{re.escape(a)})" for a in ABBREVIATIONS) + r"[.;!?](?=\s+[A-Z(])"
)
"""The end of a sentence: not the dot of "No.", "Mr.", "Rs." or of an initial ("M. A. Khan")."""
CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
"""A capital letter, with the accented ones of Latin scripts (García, Łukasz, Šimić)."""
NAME_WORD = r"(?:[^\W\d_]|['’\-])+"
"""The letters of a name word in any script, with apostrophes and hyphens (O'Brien, Al-Rashid)."""
PARTICLE = r"(?:bin|binti|bint|ibn|al|el|de|del|della|da|di|dos|das|do|van|von|der|den|la|le|y|ul|ud)"
"""Lower-case words inside a name: "Mohammad bin Salman", "José de la Cruz", "Ludwig van Beethoven"."""
KINSHIP = re.compile(r"\b(?:son|daughter|wife|widow|husband|father|mother|brother|sister)\s+of\s*$|\b[sdw]/o\.?\s*$", re.IGNORECASE)
"""Words that introduce a relative's name ("son of", "s/o", "d/o", "w/o")."""
NUMBER_LABELS = frozenset({"no", "nr", "nos", "number", "num"})
"""The last word of an identifier's label ("NRIC No", "Passport Number"), which ends no name."""
LABEL_AFTER = re.compile(r"[\s)]*(?:No|Nr|Nos|number)\b", re.IGNORECASE)
RELATIVE = re.compile(
    r"\b(?:his|her|their|whose)\s+(?:\w+\s+)?(?:son|daughter|child|wife|widow|husband|father|mother|brother|sister)\b",
    re.IGNORECASE,
)
"""A relative named by his tie, not his name ("and his son", "her elder sister")."""
PERSON_CUE_WINDOW = 150
"""How far before a date of birth or an age the person's name is looked for, in characters."""


@dataclass(frozen=True)
class BirthDate:
    """A date of birth and the name written just before it (empty when none is)."""

    mention: DateMention
    name: str

    @property
    def person(self) -> frozenset[str]:
        return person_key(self.name)


@dataclass(frozen=True)
class StatedAge:
    """An age written in the request ("aged 34"), whose it is and the date it refers to."""

    block: Block
    start: int
    end: int
    years: int
    name: str
    reference: DateMention | None
    """The event date in the same sentence, or None: then the age is as at the request's date."""
    at_events: bool = False
    """Said of the time of the events ("aged 34 at the time of the offence", "then aged 34") with no date in
    its sentence: the age may be counted at any date of the events the request tells."""

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def person(self) -> frozenset[str]:
        return person_key(self.name)


@dataclass(frozen=True)
class BirthFacts:
    births: tuple[BirthDate, ...]
    ages: tuple[StatedAge, ...]

    def birth_of(self, age: StatedAge) -> BirthDate | None:
        """The date of birth of the person an age is about, if exactly one person fits.

        A date of birth in the same sentence is the age's; otherwise the age's name must be the birth's name or part of it ("Khan, then
        aged 33" fits "Mohammad Ali KHAN, born ..."), and only one person
        may fit; an age with no name before it ("He was aged 45") belongs to
        the person whose date of birth comes last before it in the paragraph.
        """
        lo, hi = sentence_bounds(age.block.text, age.start)
        in_sentence = [b for b in self.births if b.mention.block is age.block and lo <= b.mention.start < hi]
        if len({b.person for b in in_sentence}) == 1:
            return in_sentence[0]  # "X, born 22 September 1980, ..., aged 45"
        if age.person:  # one name holds the other: "Khan" and "Mohammad Ali KHAN", or a name cut short
            fitting = [b for b in self.births if b.person and (age.person <= b.person or b.person <= age.person)]
        else:  # "He was aged 45": the person born last before it in the paragraph
            fitting = [b for b in self.births if b.mention.block is age.block and b.mention.start < age.start][-1:]
        if len({b.person for b in fitting}) != 1:
            return None
        return fitting[0]


def person_key(name: str) -> frozenset[str]:
    """The words of a name, without titles and case: one person however the name is ordered."""
    words = re.findall(NAME_WORD, name)
    return frozenset(w.lower() for w in words if w.lower() not in NOT_NAME and len(w) > 1)


def name_before(block: Block, position: int) -> str:
    """The name written just before ``position`` in ``block``: the nearest one, passing over a parent's.

    In "KHAN, Mohammad Ali, son of Ali Hassan KHAN, born on 12 May 1985" the
    date is the son's: a name after "son of", "s/o", "daughter of", "wife of"
    is not whom the sentence is about. In "Ali KHAN and his son, born on ..."
    the date is of someone unnamed, and the name is "".
    """
    window_start = max(0, position - PERSON_CUE_WINDOW)
    while 0 < window_start < position and block.text[window_start - 1].isalpha():
        window_start += 1  # not from the middle of a word
    window = block.text[window_start:position]
    sentence = SENTENCE_END.split(window)[-1]
    offset = len(window) - len(sentence)
    for start, run in reversed(_name_runs(sentence)):
        at = window_start + offset + start
        between = block.text[at + len(run) : position]
        if RELATIVE.search(between):
            return ""  # "KHAN and his son, born ...": the son's date
        right_before = not between.strip(" ,(:")  # "son of Ali KHAN, born ..."
        if right_before or not KINSHIP.search(block.text[max(0, at - 20) : at]):
            return run
    return ""


def subject_before(block: Block, position: int) -> str:
    """The first name of the sentence up to ``position``: whom a list of particulars is about.

    "Mohammad Ali KHAN (CNIC ..., passport No. ..., tel. ...) holds": every
    identifier in the brackets is his, however many words stand between.
    """
    start, _ = sentence_bounds(block.text, position)
    runs = _name_runs(block.text[start:position])
    return runs[0][1] if runs else ""


def _name_runs(text: str) -> list[tuple[int, str]]:
    """The names in ``text`` with their offsets: runs of capitalised words that contain a name word and are
    not a country or a nationality ("Pakistani")."""
    runs = []
    for match in re.finditer(rf"(?:\b{CAPITAL}{NAME_WORD}\b,?\s*(?:(?:{PARTICLE}\s+){{1,2}}(?={CAPITAL}))?){{1,6}}", text):
        run = re.sub(r"['’]s$", "", match.group().strip(" ,"))
        words = run.replace(",", " ").split()
        if not person_key(run) or words[-1].lower() in NUMBER_LABELS or LABEL_AFTER.match(text, match.end()):
            continue  # "Malaysian, NRIC No", "(DNI) No." label a number: they are no name
        if country_of(run) is None:  # "Pakistani", "Sri Lankan", "South African" are nationalities, not names
            runs.append((match.start(), run))
    return runs


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end of the sentence around ``position`` (cut at ". X", "; X")."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        if match.end() <= position:
            start = match.end()
        else:
            return start, match.end()
    return start, len(text)


def birth_facts(facts: Analysis) -> BirthFacts:
    """Dates of birth and ages of the request's body (once per document, through ``facts.derived``)."""
    dates = facts.derived(document_dates)
    births = tuple(BirthDate(m, name_before(m.block, _cue_start(m))) for m in dates.mentions if m.is_birth)
    ages = tuple(age for block in facts.document.body() for age in _ages(block, dates))
    return BirthFacts(births=births, ages=ages)


def _cue_start(mention: DateMention) -> int:
    """Where the words introducing a date of birth begin ("born on", "DOB:")."""
    before = mention.block.text[max(0, mention.start - 40) : mention.start]
    match = re.search(r"\(?\s*(?:born|date\s+of\s+birth|d\.?\s?o\.?\s?b|birth\s*date|né)", before, re.IGNORECASE)
    return mention.start - len(before) + (match.start() if match else len(before))


def _ages(block: Block, dates: DateFacts) -> list[StatedAge]:
    in_block = [m for m in dates.in_block(block) if m.day is not None and not m.is_birth]
    ages = []
    births = [m.start for m in dates.in_block(block) if m.is_birth]
    for match in AGE.finditer(block.text):
        if match.group("item") and not any(start < match.start() for start in births):
            continue  # "imprisonment for a term of 7 years;" is no age
        years = int(next(g for g in match.groups() if g is not None))
        lo, hi = sentence_bounds(block.text, match.start())
        events = [m for m in in_block if lo <= m.start < hi]
        near = block.text[max(lo, match.start() - 10) : min(hi, match.end() + 40)]
        ages.append(
            StatedAge(
                block=block,
                start=match.start(),
                end=match.end(),
                years=years,
                name=name_before(block, match.start()),
                reference=events[-1] if events else None,
                at_events=not events and bool(AT_THE_TIME.search(near)),
            )
        )
    return ages


def age_on(birth: date, day: date) -> int:
    """Completed years between a birth and a day."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
