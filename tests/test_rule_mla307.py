"""MLA307 age-mismatch: a stated age against the date of birth, at the date the age refers to."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

DATE_LINE = "Islamabad, 9 July 2024\n\n"


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA307",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    "text",
    [
        DATE_LINE + "The suspect, Mohammad Ali KHAN, born on 12 May 1985, aged 45, lives in Lahore.",
        DATE_LINE + "Mohammad Ali KHAN (DOB 12/05/1985) is 45 years old.",
        DATE_LINE + "Mohammad Ali KHAN was born on 12 May 1985.\n\nOn 3 May 2019 Khan, then aged 40, opened the account.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, was aged 34 at the time of the offence.\n\n"
        "On 3 May 2010 he defrauded the bank of PKR 5,000,000.",
        DATE_LINE + "Mohammad Ali KHAN, born in July 1985, aged 45, lives in Lahore.",
        DATE_LINE + "Between 2 January 2019 and 30 June 2021 the accused, Mohammad Ali KHAN (born 12 May 1985), "
        "then aged 45, moved the funds.",
        DATE_LINE + "Mohammad Ali KHAN: Pakistani; born 12 May 1985 in Lahore; 35 years; passport AB1234567.",
    ],
)
def test_an_age_that_fits_no_reference_date_is_reported(linter: Linter, text: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "warning"
    assert "does not fit" in finding.message and "1985" in finding.message
    assert finding.related


@pytest.mark.parametrize(
    "text",
    [
        DATE_LINE + "The suspect, Mohammad Ali KHAN, born on 12 May 1985, aged 39, lives in Lahore.",
        DATE_LINE + "Mohammad Ali KHAN was born on 12 May 1985.\n\nOn 3 May 2019 Khan, then aged 33, opened the account.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, opened the account on 3 May 2019, aged 33.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, and his father Ali Hassan KHAN, born 1 June 1950.\n\n"
        "KHAN, aged 74, is a retired civil servant.",  # two Khans: whose age is unclear
        "Mohammad Ali KHAN, born 12 May 1985, aged 45.",  # no date to count at
        DATE_LINE + "The company, aged 12 years, was founded by Mohammad Ali KHAN.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, was aged 24 at the time of the offence.\n\n"
        "On 3 May 2010 he defrauded the bank of PKR 5,000,000.",
        DATE_LINE + "Between 2 January 2019 and 30 June 2021 the accused, Maria LOPEZ GARCIA (born 4 April 1990), "
        "then aged 30, moved the funds.",
        DATE_LINE + "Mohammad Ali KHAN, born in July 1985, aged 38, lives in Lahore.",  # 38 or 39 in a month of birth
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, then aged 25, opened the account.\n\n"
        "The account was opened on 1 June 2010 and closed on 3 May 2019.",
        DATE_LINE + "Mohammad Ali KHAN: Pakistani; born 12 May 1985 in Lahore; 39 years; passport AB1234567.",
        DATE_LINE + "Theft is punishable by imprisonment of up to 7 years, 10 years for aggravated theft, 12 years; "
        "Mohammad Ali KHAN was born on 12 May 1985.",  # terms of imprisonment before any date of birth
    ],
)
def test_an_age_that_fits_or_cannot_be_placed_is_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()
