"""MLA305 chronology: reversed ranges, births after the request, two dates of birth, events after the request."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

DATE_LINE = "Islamabad, 9 July 2024\n\n"


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA305",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Records for the period from 1 January 2023 to 31 December 2022 are sought.", "ends"),
        ("Statements for the period between 17 and 3 March 2022.", "ends"),
        (DATE_LINE + "The witness, Amina BEGUM, born on 3 March 2025, lives in Lahore.", "after the request"),
        (
            DATE_LINE + "The suspect is Mohammad Ali KHAN, born on 12 May 1985.\n\n"
            "KHAN, Mohammad Ali (date of birth 21 May 1985) holds the account.",
            "two different dates of birth",
        ),
        (DATE_LINE + "The suspect was arrested on 3 May 2025 in Karachi.", "after the request's own date"),
    ],
)
def test_contradicting_dates_are_reported(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "error"
    assert says in finding.message


def test_related_location_points_at_the_other_date(linter: Linter) -> None:
    (finding,) = findings(linter, DATE_LINE + "The suspect was arrested on 3 May 2025 in Karachi.")
    assert finding.related and "9 July 2024" in (finding.related[0].excerpt or "")


@pytest.mark.parametrize(
    "text",
    [
        "Records for the period from 1 January 2022 to 31 December 2023 and between 3 and 17 March 2022.",
        DATE_LINE + "The trial is set to begin on 3 March 2025.",
        DATE_LINE + "The preservation lapses on 29 October 2024, after which the provider may delete the records.",
        DATE_LINE + "Please execute the request by 30 September 2024.",
        DATE_LINE + "The next hearing will be held on 15 January 2025.",
        DATE_LINE + "The court adjourned the case to 5 May 2025.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, is the son of Ali Hassan KHAN, born 1 June 1950.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985.\n\nKHAN, Mohammad Ali (DOB 12/05/1985) holds the account.",
        "The suspect was arrested on 3 May 2025.",  # no date of the request to compare with
    ],
)
def test_consistent_dates_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()
