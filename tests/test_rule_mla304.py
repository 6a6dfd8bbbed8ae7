"""MLA304 ambiguous-date: numeric dates that read as two days unless the document settles the order."""

from __future__ import annotations

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA304",)))
    assert report.error is None
    return report.findings


def test_an_ambiguous_date_gives_both_readings(linter: Linter) -> None:
    (finding,) = findings(linter, "The funds were transferred on 03/04/2022 to the account.")
    assert finding.severity.value == "warning"
    assert "3 April 2022" in finding.message and "4 March 2022" in finding.message
    assert finding.excerpt is not None and "03/04/2022" in finding.excerpt


def test_the_written_dates_suggest_a_reading(linter: Linter) -> None:
    text = "The account was opened on 3 March 2021. The funds were transferred on 03/04/2022."
    (finding,) = findings(linter, text)
    assert "suggests the day-first reading" in finding.message
    us = "The account was opened on March 3, 2021. The funds were transferred on 03/04/2022."
    (finding,) = findings(linter, us)
    assert "suggests the month-first reading" in finding.message


def test_each_ambiguous_date_is_reported(linter: Linter) -> None:
    assert len(findings(linter, "Transfers on 03/04/2022, 05/06/2022 and 07/08/2022.")) == 3


def test_another_numeric_date_settles_the_order(linter: Linter) -> None:
    assert findings(linter, "Transfers on 03/04/2022 and on 25/04/2022.") == ()
    assert findings(linter, "Transfers on 03/04/2022 and on 04/25/2022.") == ()


def test_unambiguous_numeric_dates_are_silent(linter: Linter) -> None:
    assert findings(linter, "Transfers on 25/12/2021, on 05/05/2022 and on 2022-03-04.") == ()


def test_a_reading_after_the_request_date_points_to_the_other(linter: Linter) -> None:
    report = linter.lint_text(
        "Islamabad, 9 July 2024\n\nThe funds were transferred on 03/08/2024.", settings=Settings(select=("MLA304",))
    )
    (finding,) = report.findings
    assert "after the request's own date (9 July 2024), which suggests the month-first reading" in finding.message
