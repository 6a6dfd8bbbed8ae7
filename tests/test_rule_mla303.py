"""MLA303 invalid-date: dates the calendar does not have."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA303",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("The transfer was made on 31 February 2023.", "February 2023 has 28 days"),
        ("The transfer was made on 29 February 2023.", "February 2023 has 28 days"),
        ("The account was opened on April 31, 2022.", "April 2022 has 30 days"),
        ("Date of the transaction: 2023-13-01.", "no month 13"),
        ("The search took place on 32/01/2022.", "neither"),
        ("The search took place on 31/13/2022.", "neither"),
    ],
)
def test_a_date_that_cannot_exist_is_reported(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.code == "MLA303" and finding.severity.value == "error"
    assert says in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The transfer was made on 29 February 2024.",  # leap year
        "The account was opened on 12/25/2021 and closed on 13/01/2022.",  # each exists in one reading
        "Records from 1 January 2021 to 31 December 2021 and for June 2021.",
        "See section 31.13.2 of the Act and paragraph 4.3.12.",
        "Case No. 2023-13-0142 was opened.",
        "FIR 45/13/2021 was registered under section 12/13/2010 of the Act; see Annex 31/13/2022.",
        "The case is registered as Crl. Misc. No. 17/33/2021 and version 1.2.2021 of the form was used.",
    ],
)
def test_real_dates_and_numbers_that_look_like_dates_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()
