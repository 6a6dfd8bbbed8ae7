"""Every date the request writes, read once per document and shared by MLA303-MLA309.

A request's dates are its skeleton: the offence period, the transactions, the
births of the persons concerned, the date of the request itself. This module
finds them in the text (written "3 March 2022" / "March 3, 2022", numeric
"03/04/2022", ISO "2022-03-04", "the 5th day of May 2023", month and year
"June 2021", ranges "between 3 and 17 March 2022", "from January to June
2021", "March 3-17, 2022", "from 2019 to 2021"), keeps what the text says
(the weekday written beside it, whether it is a date of birth, which order the
numbers stand in) and leaves the judging to the rules.

Month and weekday names come from ``dateutil``'s parser tables and validity
from :mod:`datetime`, not from hand-written month tables, so "Sept.", "Tues"
and "31 February" are handled as the calendar library handles them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

from dateutil.parser import parserinfo

from mla_lint.findings import Related
from mla_lint.model import Block

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

CALENDAR = parserinfo(dayfirst=True)
"""dateutil's English month and weekday names ("Sep", "Sept", "September"), and its two-digit-year rule."""


def _names(table: list[tuple[str, ...]]) -> str:
    """One regex alternative for every spelling dateutil knows, longest first ("September" before "Sep")."""
    spellings = sorted({name for names in table for name in names}, key=len, reverse=True)
    return "|".join(re.escape(s) for s in spellings)


MONTHS = _names(CALENDAR.MONTHS)
ORDINAL = r"(?:st|nd|rd|th)?"
BEFORE = r"(?<![\w/.\-])"
AFTER = r"(?![\w/\-]|\.\d)"


JOIN = r"(?:-|–|—|to|and|until|till|through)"
"""The words and dashes between the two ends of a range."""


def _weekday(group: str) -> str:
    """An optional weekday before a date ("Monday, ", "Tues. the "), captured as ``group``."""
    return rf"(?:(?P<{group}>{_names(CALENDAR.WEEKDAYS)})\.?,?\s+(?:the\s+)?)?"


def _year(group: str) -> str:
    return rf"(?P<{group}>(?:1[89]|20)\d{{2}})(?!\d)"


ROMAN_MONTHS = {numeral: number for number, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
)}
"""Months written as Roman numerals ("17-III-2022")."""
ROMAN_MONTH = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))


DATE_PATTERN = re.compile(
    "|".join(
        (
            # 3 March 2022, Monday 3rd March 2022, the 5th day of May, 2023
            (
                rf"{BEFORE}(?P<dmy>{_weekday('weekday')}(?P<day>\d{{1,2}}){ORDINAL}\s+(?:(?:day\s+)?of\s+)?"
                rf"(?P<month_name>{MONTHS})\.?,?\s+{_year('year')})"
            ),
            # March 3-17, 2022, between March 3 and 17, 2022 (the second day; its first is found as a range start)
            (
                rf"{BEFORE}(?:{MONTHS})\.?\s+\d{{1,2}}{ORDINAL}\s*{JOIN}\s*"
                rf"(?P<mdr>(?P<day4>\d{{1,2}}){ORDINAL},?\s+{_year('year4')})"
            ),
            # March 3, 2022, Monday, March 3, 2022
            (
                rf"{BEFORE}(?P<mdy>{_weekday('weekday2')}(?P<month_name2>{MONTHS})\.?\s+"
                rf"(?P<day2>\d{{1,2}}){ORDINAL},?\s+{_year('year2')})"
            ),
            # 2022-03-04
            rf"{BEFORE}(?P<iso>{_year('iso_year')}-(?P<iso_month>\d{{1,2}})-(?P<iso_day>\d{{1,2}})){AFTER}",
            # 03/04/2022, 3.4.2022, 03-04-2022, 03/04/22
            (
                rf"{BEFORE}(?P<numeric>{_weekday('weekday3')}(?P<first>\d{{1,2}})(?P<sep>[./\-])(?P<second>\d{{1,2}})"
                rf"(?P=sep)(?P<num_year>(?:1[89]|20)\d{{2}}|\d{{2}})){AFTER}"
            ),
            # June 2021 (a month of a year)
            rf"{BEFORE}(?P<my>(?P<month_name3>{MONTHS})\.?,?\s+{_year('year3')})",
            # 17-III-2022, 17.III.2022 (a Roman month, as in Central and Eastern Europe)
            (
                rf"{BEFORE}(?P<roman>(?P<roman_day>\d{{1,2}})(?P<roman_sep>[.\-])(?P<roman_month>{ROMAN_MONTH})"
                rf"(?P=roman_sep){_year('roman_year')}){AFTER}"
            ),
        )
    ),
    re.IGNORECASE,
)
MISTYPED_DAY = 39
"""The largest number an all-numeric date may hold and still be a date typed wrong (a day's tens digit is 0-3)."""
REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:No|Nr|Nos|number|Ref|reference|file|case|docket|FIR|crime|section|sec|s|art|article|rule|regulation|"
    r"annex|annexure|page|para|paragraph|version|v|serial)|#|§)\.?\s*:?\s*$",
    re.IGNORECASE,
)
"""Words before a number that make it a reference, not a date ("FIR 12/05/2021", "section 3/4/2010", "v. 1.2.2021")."""
RANGE_START = re.compile(
    rf"{BEFORE}(?:(?P<day>\d{{1,2}}){ORDINAL}(?:\s+(?:of\s+)?(?P<month>{MONTHS})\.?)?|(?P<month_only>{MONTHS})\.?)"
    rf"\s*{JOIN}\s*(?:the\s+)?$",
    re.IGNORECASE,
)
"""The first end of a range written short, before a full date: "between 3 and" / "3 -" / "from 3 January to"
(before "17 March 2022"), "from January to" (before "June 2021")."""
RANGE_START_MDY = re.compile(rf"{BEFORE}(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}}){ORDINAL}\s*{JOIN}\s*$", re.IGNORECASE)
"""The first end of a range written short before a month-first date: "from March 3 to" / "March 3-" (17, 2022)."""
RANGE_JOIN = re.compile(rf"^\s*{JOIN}\s*$", re.IGNORECASE)
RANGE_OPEN = re.compile(r"\b(?:from|between|period|during)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
QUANTITY = r"(?:%|(?-i:[A-Z]{3})\b|per\b|units?\b|pieces?\b|persons?\b|people\b|kg\b|km\b|tons?\b|shares?\b|\w*dollars?\b|\w*rupees?\b)"
"""What follows a number that is a quantity, not a year ("1800 USD", "1950 units")."""
YEAR_RANGE = re.compile(
    r"\b(?:(?P<between>between)|from|during|in|over|period|years)\s+(?:the\s+)?(?:years?\s+)?"
    rf"(?<![/\d]){_year('first')}\s*(?P<join>{JOIN})\s*{_year('last')}(?![/\-]\d|\s*{QUANTITY})",
    re.IGNORECASE,
)
"""A range of whole years: "from 2019 to 2021", "between 2019 and 2021", "during 2019-2021" (not "from 2000 to
1800 USD", a quantity)."""
WEEKDAY_AFTER = re.compile(
    rf"\s*(?:\(\s*(?P<bracketed>{_names(CALENDAR.WEEKDAYS)})\.?\s*\)|,\s+(?:which\s+was\s+)?an?\s+(?P<apposed>{_names(CALENDAR.WEEKDAYS)})\b)",
    re.IGNORECASE,
)
"""A weekday written after its date: "5 March 2023 (Monday)", "on 5 March 2023, a Monday,"."""
MAIL_DATE_LINE = re.compile(r"^\s*(?:Sent|Date)\s*:", re.IGNORECASE)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
BIRTH_CUE = re.compile(
    r"\b(?:born(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w\-]*(?:,?\s+(?-i:[A-Z])[\w\-]*)?,?)?(?:\s+(?:on|in))?|date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|birth\s+date|birthdate|né(?:e)?\s+le)\s*[:\-–]?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
"""The words that make a date a date of birth: "born on", "born at Karachi on", "born in July 1985", "DOB:"."""


class DateStyle(str, Enum):
    """How a date is written: a request should keep to one."""

    DAY_MONTH_YEAR = "day month year (3 March 2022)"
    MONTH_DAY_YEAR = "month day, year (March 3, 2022)"
    ISO = "year-month-day (2022-03-03)"
    NUMERIC = "all-numeric ({sample})"
    MONTH_YEAR = "month and year (March 2022)"
    ROMAN_MONTH = "day, Roman month, year (3-III-2022)"
    YEAR = "year (2022)"


@dataclass(frozen=True)
class DateMention:
    """One date written in one block: where it is, what the text says, and what calendar day that is.

    ``day`` is None for a month of a year ("June 2021"). For an all-numeric
    date ``first``/``second`` are the two numbers before the year in the
    order written; ``day``/``month`` are then the day-first reading, and
    ``month_first`` the other one.
    """

    block: Block
    start: int
    end: int
    style: DateStyle
    year: int
    month: int
    day: int | None
    weekday: int | None = None
    """The weekday written beside the date (0 = Monday), if any."""
    weekday_text: str | None = None
    separator: str | None = None
    """For an all-numeric date: the separator, "/", "." or "-"."""
    is_birth: bool = False
    """Said to be a date of birth ("born on", "DOB:")."""
    range_start: DateMention | None = None
    """When this date ends a range ("from 1 to 17 March 2022"), the range's first date."""
    since: bool = False
    """Written after "since": a state that began then and lasts up to the request ("resident since 1 March 2020")."""

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def where(self) -> str:
        """Where the date stands, in words ("paragraph 4")."""
        return self.block.span_location(self.start, self.end).describe()

    @property
    def format_name(self) -> str:
        """The style in words, with the separator for an all-numeric date ("all-numeric (03.04.2022)")."""
        if self.style is DateStyle.NUMERIC:
            sep = self.separator or "/"
            return self.style.value.format(sample=sep.join(("03", "04", "2022")))
        return self.style.value

    def related(self, message: str) -> Related:
        """This date as the second place of a finding about another one."""
        return Related(
            location=self.block.span_location(self.start, self.end),
            message=message,
            excerpt=self.block.excerpt(self.start, self.end),
        )

    @property
    def in_mail_header(self) -> bool:
        """The date of an e-mail's header ("From: ... / Sent: Monday, 4 March 2024 10:15"), written by the mail
        program, not by the drafter."""
        text = self.block.text
        line = text[text.rfind("\n", 0, self.start) + 1 : self.start]
        return bool(MAIL_DATE_LINE.match(line)) and bool(re.search(r"^From:", text, re.MULTILINE))

    @property
    def is_numeric(self) -> bool:
        return self.style is DateStyle.NUMERIC

    @property
    def readings(self) -> tuple[date | None, date | None]:
        """The day-first and the month-first reading of the date (None where that reading cannot exist)."""
        if self.day is None:
            return (None, None)
        day_first = calendar_day(self.year, self.month, self.day)
        if not self.is_numeric:
            return (day_first, day_first)
        return (day_first, calendar_day(self.year, self.day, self.month))

    @property
    def is_ambiguous(self) -> bool:
        """An all-numeric date whose two readings are different real days (03/04/2022)."""
        day_first, month_first = self.readings
        return self.is_numeric and day_first is not None and month_first is not None and day_first != month_first

    @property
    def exists(self) -> bool:
        """At least one reading is a real calendar day (a month of a year always exists)."""
        if self.day is None:
            return 1 <= self.month <= 12
        return any(reading is not None for reading in self.readings)

    def value(self, day_first: bool | None = None) -> date | None:
        """The calendar day, or None if it does not exist or is ambiguous and no convention is given.

        ``day_first`` is the document's convention for all-numeric dates
        (:func:`numeric_convention`); a month of a year is its first day.
        """
        if self.day is None:
            return calendar_day(self.year, self.month, 1)  # a year is stored as its January
        day_first_reading, month_first_reading = self.readings
        if not self.is_ambiguous:
            return day_first_reading or month_first_reading
        if day_first is None:
            return None
        return day_first_reading if day_first else month_first_reading

    def possible_days(self, day_first: bool | None = None) -> tuple[date, ...]:
        """The calendar days the mention may mean: its value, or both readings of an unsettled numeric date."""
        value = self.value(day_first)
        if value is not None:
            return (value,)
        return tuple(sorted({day for day in self.readings if day is not None}))

    def last_day(self, day_first: bool | None = None) -> date | None:
        """The last calendar day the mention covers (the month's last day for "June 2021")."""
        if self.day is not None:
            return self.value(day_first)
        if self.style is DateStyle.YEAR:
            return date(self.year, 12, 31)
        following = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1) if 1 <= self.month <= 12 else None


@dataclass(frozen=True)
class DateFacts:
    """The dates of one document, in order, with the request's own date and the numeric convention."""

    mentions: tuple[DateMention, ...]
    request_date: DateMention | None
    day_first: bool | None
    """The document's own reading of all-numeric dates: True if one of them can only be day-first
    (25/03/2022), False if one can only be month-first (03/25/2022), None if none or both."""

    def full_dates(self) -> tuple[DateMention, ...]:
        """Mentions naming a day (not a month of a year)."""
        return tuple(m for m in self.mentions if m.day is not None)

    def in_block(self, block: Block) -> tuple[DateMention, ...]:
        """The mentions of one block, found without scanning the whole document (rules ask block by block)."""
        return self._by_block.get(block.index, ())

    @cached_property
    def _by_block(self) -> dict[int, tuple[DateMention, ...]]:
        by_block: dict[int, list[DateMention]] = {}
        for mention in self.mentions:
            by_block.setdefault(mention.block.index, []).append(mention)
        return {index: tuple(mentions) for index, mentions in by_block.items()}


def month_name(month: int) -> str:
    """"March" for 3."""
    return CALENDAR.MONTHS[month - 1][-1]


def weekday_name(weekday: int) -> str:
    """"Monday" for 0."""
    return CALENDAR.WEEKDAYS[weekday][-1]


def spelled(day: date) -> str:
    """A date written without ambiguity: "3 April 2022"."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The date, or None if the calendar has no such day (31 February, month 13)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(block: Block) -> list[DateMention]:
    """Every date written in ``block``, with ranges linked to their first date."""
    mentions: list[DateMention] = []
    for match in DATE_PATTERN.finditer(block.text):
        mention = _mention(block, match)
        if mention is None:
            continue
        first = _short_range_start(mention)
        if first is not None:
            mentions.append(first)
        mention = _with_context(mention, mentions, first)
        mentions.append(mention)
    mentions.extend(_year_ranges(block, mentions))
    return sorted(mentions, key=lambda m: m.start)


def _mention(block: Block, match: re.Match[str]) -> DateMention | None:
    """The mention a match of DATE_PATTERN stands for (None for a reference number that looks like a date)."""
    group = match.lastgroup or next(n for n in ("dmy", "mdr", "mdy", "iso", "numeric", "my", "roman") if match.group(n))
    start, end = match.span(group)
    if group in {"iso", "numeric", "roman"} and REFERENCE_BEFORE.search(block.text[max(0, start - 20) : start]):
        return None  # "Case No. 2021-05-17", "Ref: 12/05/2023"
    weekday_text = match.group("weekday") or match.group("weekday2") or match.group("weekday3")
    weekday = CALENDAR.weekday(weekday_text) if weekday_text else None
    common = {"block": block, "start": start, "end": end, "weekday": weekday, "weekday_text": weekday_text}
    if match.group("dmy"):
        return DateMention(style=DateStyle.DAY_MONTH_YEAR, year=int(match.group("year")),
                           month=_month(match.group("month_name")), day=int(match.group("day")), **common)
    if match.group("mdr"):
        month = RANGE_START_MDY.search(block.text, match.start(), start)
        assert month is not None  # the pattern put a month and a day before the second day
        return DateMention(style=DateStyle.MONTH_DAY_YEAR, year=int(match.group("year4")),
                           month=_month(month.group("month")), day=int(match.group("day4")), **common)
    if match.group("mdy"):
        return DateMention(style=DateStyle.MONTH_DAY_YEAR, year=int(match.group("year2")),
                           month=_month(match.group("month_name2")), day=int(match.group("day2")), **common)
    if match.group("iso"):
        return DateMention(style=DateStyle.ISO, year=int(match.group("iso_year")),
                           month=int(match.group("iso_month")), day=int(match.group("iso_day")), **common)
    if match.group("numeric"):
        if len(match.group("num_year")) == 2 and match.group("sep") != "/":
            return None  # "4.3.12" and "1-2-21" are section and reference numbers more often than dates
        if max(int(match.group("first")), int(match.group("second"))) > MISTYPED_DAY:
            return None  # "45/12/2021" is a reference number; "32/01/2022" may be a mistyped day
        year = CALENDAR.convertyear(int(match.group("num_year")))
        return DateMention(style=DateStyle.NUMERIC, year=year, month=int(match.group("second")),
                           day=int(match.group("first")), separator=match.group("sep"), **common)
    if match.group("roman"):
        if not match.group("roman_month").isupper():
            return None  # "3 v 2022" is no date
        return DateMention(style=DateStyle.ROMAN_MONTH, year=int(match.group("roman_year")),
                           month=ROMAN_MONTHS[match.group("roman_month")], day=int(match.group("roman_day")), **common)
    if match.group("my"):
        if block.text[start].islower():
            return None  # "they may 2022 ..." is a verb, not a month
        return DateMention(style=DateStyle.MONTH_YEAR, year=int(match.group("year3")),
                           month=_month(match.group("month_name3")), day=None, **common)
    return None


def _month(name: str) -> int:
    month = CALENDAR.month(name)
    if month is None:  # the pattern only matches names dateutil knows
        raise ValueError(name)
    return month


def _with_context(mention: DateMention, earlier: list[DateMention], range_start: DateMention | None) -> DateMention:
    """Mark a date of birth, a date after "since", a weekday written after the date ("5 March 2023 (Monday)"), and
    link the second date of a range to the first ("from X to Y")."""
    before = mention.block.text[max(0, mention.start - 40) : mention.start]
    is_birth = bool(BIRTH_CUE.search(before))
    since = bool(SINCE.search(before))
    after = WEEKDAY_AFTER.match(mention.block.text, mention.end)
    if after and mention.weekday is None and mention.day is not None:
        written = after.group("bracketed") or after.group("apposed")
        mention = replace(mention, weekday=CALENDAR.weekday(written), weekday_text=written)
    if range_start is None and earlier:
        previous = earlier[-1]
        between = mention.block.text[previous.end : mention.start]
        opening = mention.block.text[max(0, previous.start - 30) : previous.start]
        if RANGE_JOIN.match(between) and (RANGE_OPEN.search(opening) or between.strip() in {"-", "–", "—"}):
            range_start = previous
    if not (is_birth or since) and range_start is None:
        return mention
    return replace(mention, is_birth=is_birth, since=since, range_start=range_start)


def _short_range_start(mention: DateMention) -> DateMention | None:
    """The first date of a range written short ("between 3 and 17 March 2022": 3 March 2022).

    A full date written with the month's name ("17 March 2022", "March 17,
    2022") or a month of a year ("June 2021") can end such a range; the first
    end borrows what it leaves out: the month ("between 3 and 17 March"), the
    year ("from January to June 2021"). A first end that names a month later
    in the year than the second end's is still in the second end's year, so
    "from June to January 2021" ends before it starts: a period that crosses
    the new year must give its first year ("from June 2020 to January 2021"),
    or the reader cannot know which year is meant.
    """
    if mention.style not in {DateStyle.DAY_MONTH_YEAR, DateStyle.MONTH_DAY_YEAR, DateStyle.MONTH_YEAR}:
        return None
    before = mention.block.text[max(0, mention.start - 40) : mention.start]
    pattern = RANGE_START_MDY if mention.style is DateStyle.MONTH_DAY_YEAR else RANGE_START
    match = pattern.search(before)
    if match is None or _names_day(match) != (mention.style is not DateStyle.MONTH_YEAR):
        return None
    month_group = "month" if match.groupdict().get("month") else "month_only" if match.groupdict().get("month_only") else None
    if month_group == "month_only" and not match.group(month_group)[0].isupper():
        return None  # "they may to ..." is a verb
    opening = before[: match.start()]
    if not (RANGE_OPEN.search(opening) or match.group(0).strip().endswith(("-", "–", "—"))):
        return None
    offset = mention.start - len(before)
    month = _month(match.group(month_group)) if month_group else mention.month
    day = int(match.group("day")) if match.groupdict().get("day") else None
    year = mention.year
    return DateMention(
        block=mention.block,
        start=offset + match.start(),
        end=offset + max(match.end(g) for g in ("day", "month", "month_only") if match.groupdict().get(g)),
        style=mention.style if day is None or mention.style is not DateStyle.MONTH_YEAR else DateStyle.DAY_MONTH_YEAR,
        year=year,
        month=month,
        day=day,
    )


def _names_day(match: re.Match[str]) -> bool:
    """The first end of a short range names a day ("3", "3 January", "March 3"), not a month alone ("January")."""
    return bool(match.groupdict().get("day"))


def _year_ranges(block: Block, found: list[DateMention]) -> list[DateMention]:
    """Ranges of whole years ("from 2019 to 2021") that no other date covers, as two linked YEAR mentions."""
    ranges = []
    for match in YEAR_RANGE.finditer(block.text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        if match.group("join").lower() == "and" and not match.group("between"):
            continue  # "in 2019 and 2021" are two years, not a period
        first = DateMention(block=block, start=match.start("first"), end=match.end("first"), style=DateStyle.YEAR,
                            year=int(match.group("first")), month=1, day=None)
        last = DateMention(block=block, start=match.start("last"), end=match.end("last"), style=DateStyle.YEAR,
                           year=int(match.group("last")), month=1, day=None, range_start=first)
        ranges += [first, last]
    return ranges


def numeric_convention(mentions: tuple[DateMention, ...]) -> bool | None:
    """How the document reads its all-numeric dates: True day-first, False month-first, None unknown.

    A numeric date whose first number is over 12 can only be day-first; one
    whose second is over 12 only month-first. If the document has only one
    kind, that is its convention; if none or both, it has none.
    """
    day_first = month_first = False
    for mention in mentions:
        if mention.is_numeric and mention.day is not None:
            readings = mention.readings
            day_first |= readings[0] is not None and readings[1] is None
            month_first |= readings[1] is not None and readings[0] is None
    if day_first == month_first:
        return None
    return day_first


def find_request_date(mentions: tuple[DateMention, ...], labels: Mapping[int, str] | None = None) -> DateMention | None:
    """The request's own date: a date line ("9 July 2024", "Islamabad, 9 July 2024", "Date: 9 July 2024").

    A short line that is little more than a date (a letterhead date line, the
    place-and-date line above a signature), or a short line that dates the
    letter ("Dated this 10th day of July 2024", "Done at Bogotá on ...", an
    e-mail's "Sent: Monday, 4 March 2024 10:15"), or in a form the cell
    beside a "Date of request" label (``labels``: the text of the cell to the
    left of each table cell, by block index). The date line at the head of
    the letter wins; failing one, the last date line (the signature's). A
    date in running text ("the bank's letter dated 3 May 2022") or after
    another label ("Date of transaction: ...") is never the request's.
    """
    labels = labels or {}
    candidates = [m for m in mentions if _is_date_line(m, labels.get(m.block.index, ""))]
    if not candidates:
        return None
    head = [m for m in candidates if m.block.index < HEAD_BLOCKS]
    return head[0] if head else candidates[-1]


HEAD_BLOCKS = 12
"""The letterhead, references and addressee of a request fit in its first blocks."""


def _is_date_line(mention: DateMention, label: str) -> bool:
    if mention.day is None or mention.is_birth or mention.range_start is not None:
        return False
    text = mention.block.text
    line = text[text.rfind("\n", 0, mention.start) + 1 : mention.start]
    rest = text[mention.end : mention.end + 40].split("\n", 1)[0]
    if len(line) > 50 or OTHER_DATE_LABEL.search(line) or YOURS.search(line):
        return False
    if DATING.search(line):
        return True
    if mention.block.location.table is not None:  # a date alone in a table cell is a transaction's, unless labelled
        return not line.strip() and bool(DATE_LABEL.fullmatch(label.strip()))
    return len(rest.strip(" .,")) <= 2 and not re.search(r"\b(?:on|since|from|until|of|to|and)\s*$", line, re.IGNORECASE)


DATE_LABEL = re.compile(
    r"(?:date|dated|date\s+of\s+(?:the\s+|this\s+)?(?:request|letter|issue|signature|application))\s*:?", re.IGNORECASE
)
"""The label of a form's field for the request's own date ("Date", "Date of request:")."""
DATING = re.compile(
    rf"^\W*(?:{DATE_LABEL.pattern}(?<=:)|dated\b|sent\s*:|done\s+at\s+.{{1,30}}?\s+on\b|signed\s+.{{0,30}}?on\b)"
    r"|\bthis\s*$",
    re.IGNORECASE,
)
"""A line that dates the letter: "Dated:", "Date:", "Date of request:", "Sent:", "Done at Nairobi on",
"Signed at Astana on", "... this"."""
YOURS = re.compile(r"\byour\b", re.IGNORECASE)
"""The date of the other side's letter ("Your ref: ... dated 3 May 2022"), not this request's."""
OTHER_DATE_LABEL = re.compile(r"^\W*date\s+of\s+(?!(?:the\s+|this\s+)?(?:request|letter|issue|signature|application)\b)", re.IGNORECASE)
"""A label for another date ("Date of transaction:", "Date of offence:")."""


def row_labels(blocks: Iterable[Block]) -> dict[int, str]:
    """For each table cell, the text of the cell just left of it in the same row (a form's label)."""
    labels = {}
    previous: Block | None = None
    for block in blocks:
        here = block.location
        if previous is not None and here.table is not None and here.column is not None:
            there = previous.location
            if (there.table, there.row, there.column) == (here.table, here.row, here.column - 1):
                labels[block.index] = previous.text
        previous = block
    return labels


def document_dates(facts: Analysis) -> DateFacts:
    """The dates of the request's body (computed once per document through ``facts.derived``)."""
    body = list(facts.document.body())
    mentions = tuple(mention for block in body for mention in find_dates(block))
    request_date = find_request_date(mentions, row_labels(body))
    return DateFacts(mentions=mentions, request_date=request_date, day_first=numeric_convention(mentions))
