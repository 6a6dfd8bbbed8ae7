"""mla_lint.dates and mla_lint.births: what the shared extraction reads from the text."""

from __future__ import annotations

from datetime import date

import pytest

from mla_lint.births import (
    BirthDate,
    BirthFacts,
    StatedAge,
    age_on,
    name_before,
    person_key,
)
from mla_lint.dates import (
    DateStyle,
    find_dates,
    find_request_date,
    numeric_convention,
    row_labels,
)
from mla_lint.model import Block, BlockKind, Location


def block(text: str, index: int = 0) -> Block:
    return Block(index=index, kind=BlockKind.PARAGRAPH, text=text, location=Location(paragraph=index + 1))


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("on 3 March 2022 the", DateStyle.DAY_MONTH_YEAR, date(2022, 3, 3)),
        ("on the 5th day of May, 2023 at", DateStyle.DAY_MONTH_YEAR, date(2023, 5, 5)),
        ("on Sept. 14, 2021 at", DateStyle.MONTH_DAY_YEAR, date(2021, 9, 14)),
        ("on 2022-04-03 at", DateStyle.ISO, date(2022, 4, 3)),
        ("on 25/12/2021 at", DateStyle.NUMERIC, date(2021, 12, 25)),
        ("on 12/25/21 at", DateStyle.NUMERIC, date(2021, 12, 25)),
        ("on 17-III-2022 at", DateStyle.ROMAN_MONTH, date(2022, 3, 17)),
        ("on 5.XI.2021 at", DateStyle.ROMAN_MONTH, date(2021, 11, 5)),
    ],
)
def test_a_date_is_read_in_any_common_style(text: str, style: DateStyle, expected: date) -> None:
    (mention,) = find_dates(block(text))
    assert mention.style is style
    assert mention.value() == expected


def test_a_month_of_a_year_is_a_mention_without_day() -> None:
    (mention,) = find_dates(block("In June 2021 the company"))
    assert (mention.style, mention.day, mention.month, mention.year) == (DateStyle.MONTH_YEAR, None, 6, 2021)
    assert mention.last_day() == date(2021, 6, 30)


def test_a_reference_number_with_a_roman_month_is_no_date() -> None:
    assert find_dates(block("Police report LP/B/123/IV/2023/SPKT and Part 3 IV 2021 of the code.")) == []


def test_lower_case_may_is_a_verb_and_section_numbers_are_not_dates() -> None:
    assert find_dates(block("the bank may 2022 records; see paragraph 4.3.12 and Article 2-1-21")) == []


def test_an_all_numeric_date_has_two_readings() -> None:
    (mention,) = find_dates(block("transferred on 03/04/2022."))
    assert mention.readings == (date(2022, 4, 3), date(2022, 3, 4))
    assert mention.is_ambiguous and mention.value() is None
    assert mention.value(day_first=False) == date(2022, 3, 4)


def test_an_impossible_date_does_not_exist() -> None:
    mentions = find_dates(block("on 31 February 2023, on 2023-13-01 and on 31/13/2022"))
    assert [m.exists for m in mentions] == [False, False, False]


def test_weekday_and_birth_are_kept() -> None:
    first, second = find_dates(block("On Monday, 5 March 2023 Ali (born on 12 May 1985) left."))
    assert (first.weekday, first.is_birth) == (0, False)
    assert (second.weekday, second.is_birth) == (None, True)


def test_ranges_link_their_ends_also_when_written_short() -> None:
    mentions = find_dates(block("between 3 and 17 March 2022 and from 1 January 2021 to 30 June 2021"))
    assert [m.text for m in mentions] == ["3", "17 March 2022", "1 January 2021", "30 June 2021"]
    assert mentions[1].range_start is mentions[0] and mentions[0].value() == date(2022, 3, 3)
    assert mentions[3].range_start is mentions[2]


def test_the_numeric_convention_comes_from_a_date_that_reads_one_way_only() -> None:
    day_first = tuple(find_dates(block("on 03/04/2022 and 25/03/2022")))
    month_first = tuple(find_dates(block("on 03/04/2022 and 03/25/2022")))
    neither = tuple(find_dates(block("on 03/04/2022 and 05/06/2022")))
    assert (numeric_convention(day_first), numeric_convention(month_first), numeric_convention(neither)) == (True, False, None)


def test_the_request_date_is_a_date_line_not_a_date_in_the_text() -> None:
    head = [block("Islamabad, 9 July 2024"), block("The bank's letter dated 3 May 2022 says so.", 1)]
    tail = [block("Annex 3 - bank letter, 12 August 2022", 30)]
    request = find_request_date(tuple(m for b in head + tail for m in find_dates(b)))
    assert request is not None and request.value() == date(2024, 7, 9)
    signed = [block("Our ref: 17/2024"), block("The funds were sent on 3 May 2022.", 1), block("Dated this 10th day of July 2024", 20)]
    request = find_request_date(tuple(m for b in signed for m in find_dates(b)))
    assert request is not None and request.value() == date(2024, 7, 10)
    assert find_request_date(tuple(find_dates(block("The bank's letter dated 3 May 2022 says so.")))) is None


def test_a_name_is_one_person_in_any_order_and_titles_do_not_count() -> None:
    assert person_key("KHAN, Mohammad Ali") == person_key("Mr Mohammad Ali Khan") == frozenset({"khan", "mohammad", "ali"})
    text = "The suspect, Mohammad Ali KHAN, born on 12 May 1985, aged 39"
    assert name_before(block(text), text.index("born")) == "Mohammad Ali KHAN"
    assert name_before(block(text), text.index("aged")) == "Mohammad Ali KHAN"


def test_an_age_belongs_to_the_only_person_whose_name_contains_it() -> None:
    b = block("x")
    (birth_mention,) = find_dates(block("Mohammad Ali KHAN, born 12 May 1985"))
    (father_mention,) = find_dates(block("Ali Hassan KHAN, born 1 June 1950"))
    births = BirthFacts(
        births=(BirthDate(birth_mention, "Mohammad Ali KHAN"), BirthDate(father_mention, "Ali Hassan KHAN")),
        ages=(),
    )
    assert births.birth_of(StatedAge(b, 0, 1, 39, "Mohammad KHAN", None)) is births.births[0]
    assert births.birth_of(StatedAge(b, 0, 1, 39, "KHAN", None)) is None  # two Khans


def test_age_on_counts_completed_years() -> None:
    assert age_on(date(1985, 5, 12), date(2024, 5, 11)) == 38
    assert age_on(date(1985, 5, 12), date(2024, 5, 12)) == 39


def test_a_reference_number_is_not_a_date() -> None:
    assert find_dates(block("Case No. 2021-05-17 and Ref: 12/05/2023 are pending")) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("from January to June 2021", date(2021, 1, 1), date(2021, 6, 30)),
        ("between March and May 2022", date(2022, 3, 1), date(2022, 5, 31)),
        ("for January–March 2020", date(2020, 1, 1), date(2020, 3, 31)),
        ("from 28 December to 3 January 2022", date(2022, 12, 28), date(2022, 1, 3)),
        ("from November to February 2022", date(2022, 11, 1), date(2022, 2, 28)),
        ("from March 3 to March 17, 2022", date(2022, 3, 3), date(2022, 3, 17)),
        ("on March 3–17, 2022", date(2022, 3, 3), date(2022, 3, 17)),
        ("between March 3 and 17, 2022", date(2022, 3, 3), date(2022, 3, 17)),
        ("from 2019 to 2021", date(2019, 1, 1), date(2021, 12, 31)),
        ("during 2019-2021", date(2019, 1, 1), date(2021, 12, 31)),
        ("from the 3rd to the 17th of March 2022", date(2022, 3, 3), date(2022, 3, 17)),
        ("from March 2021 to February 2020", date(2021, 3, 1), date(2020, 2, 29)),
    ],
)
def test_short_month_and_year_ranges_borrow_what_they_leave_out(text: str, first: date, last: date) -> None:
    mentions = find_dates(block(text))
    end = mentions[-1]
    assert end.range_start is not None
    assert (end.range_start.value(), end.last_day()) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "in 2019 and 2021",
        "FIR No. 123/2019-2021",
        "in January and March 2020",
        "they may to June 2021",
        "the balance fell from 2000 to 1800 USD",
        "output went from 2000 to 1950 units",
    ],
)
def test_two_dates_side_by_side_are_not_a_range(text: str) -> None:
    assert all(m.range_start is None for m in find_dates(block(text)))


def test_since_and_the_day_of_a_month_are_read() -> None:
    (since,) = find_dates(block("He has lived there since 1 March 2020."))
    (fourth,) = find_dates(block("Karachi, the 4th of March 2024"))
    assert since.since and fourth.value() == date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "FIR 45/13/2021 and FIR 12/05/2021",
        "section 3/4/2010 of the Act, Article 12/05/2021, v. 1.2.2021, page 12/11/2021, Annex 3/4/2022",
        "Call 0300-1234567 at 14:30; Case No. 2021-05-17",
    ],
)
def test_reference_numbers_times_and_phones_are_not_dates(text: str) -> None:
    assert find_dates(block(text)) == []


@pytest.mark.parametrize(
    "lines",
    [
        ["From: Central Authority", "Sent: Monday, 4 March 2024 10:15\nTo: Home Office"],
        ["Date of request: 4 March 2024"],
        ["Done at Karachi on this 4th day of March, 2024"],
        ["Karachi, the 4th of March 2024"],
    ],
)
def test_the_request_date_is_found_in_e_mails_forms_and_signature_blocks(lines: list[str]) -> None:
    mentions = tuple(m for i, text in enumerate(lines) for m in find_dates(block(text, i)))
    request = find_request_date(mentions)
    assert request is not None and request.value() == date(2024, 3, 4)


def test_another_label_is_not_the_request_date() -> None:
    assert find_request_date(tuple(find_dates(block("Date of transaction: 3 May 2022")))) is None


def test_a_form_cell_labelled_date_of_request_is_the_request_date() -> None:
    label = Block(index=0, kind=BlockKind.TABLE_CELL, text="Date of request",
                  location=Location(table=1, row=1, column=1))
    value = Block(index=1, kind=BlockKind.TABLE_CELL, text="4 March 2024", location=Location(table=1, row=1, column=2))
    other = Block(index=2, kind=BlockKind.TABLE_CELL, text="3 May 2022", location=Location(table=1, row=2, column=2))
    mentions = tuple(m for b in (value, other) for m in find_dates(b))
    assert find_request_date(mentions) is None
    request = find_request_date(mentions, row_labels([label, value, other]))
    assert request is not None and request.value() == date(2024, 3, 4)


def test_a_date_of_birth_after_a_place_or_a_month_of_birth() -> None:
    text = "KHAN, born at Karachi on 12 May 1985; BEGUM, born in July 1990; he was born in 1985 and in May 2001 moved"
    assert [m.is_birth for m in find_dates(block(text))] == [True, True, False]


def test_an_identifier_label_is_not_the_name_before_a_date_of_birth() -> None:
    text = "TAN Boon Keng: Malaysian, NRIC No. 781009-14-5571, born 9 October 1978, aged 46"
    assert name_before(block(text), text.index("born")) == "TAN Boon Keng"
