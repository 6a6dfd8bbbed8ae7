"""MLA302 identifier-mismatch: failed checks, one person's two numbers, swapped characters."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

KHAN = "Mohammad Ali KHAN (CNIC 35202-1234567-1, passport No. AB1234567) holds account No. 0123-456789-01 at Habib Bank Limited."


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA302",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Please provide the statements of IBAN GB82 WEST 1234 5698 7654 33.", "check digits"),
        ("The funds were sent to SWIFT code HABB1KKA.", "SWIFT/BIC"),
        ("He can be reached on +92 30 123.", "telephone"),
        (KHAN + "\n\nMr KHAN travelled on passport No. AB1234576 to Dubai.", "swapped"),
        (KHAN + "\n\nKHAN, Mohammad Ali, passport No. CD9999999, was stopped at the airport.", "both are given for"),
        (KHAN + "\n\nThe funds went to account No. 0123-456798-01.", "swapped"),
    ],
)
def test_wrong_or_changing_identifiers_are_reported(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "error" and says in finding.message


def test_a_changed_identifier_points_at_the_first_one(linter: Linter) -> None:
    (finding,) = findings(linter, KHAN + "\n\nMr KHAN travelled on passport No. AB1234576 to Dubai.")
    assert finding.related and "AB1234567" in (finding.related[0].excerpt or "")


@pytest.mark.parametrize(
    "text",
    [
        KHAN + "\n\nKHAN, Mohammad Ali (passport No. AB1234567) travelled to Dubai.",
        KHAN + "\n\nHis father Ali Hassan KHAN holds passport No. CD9999999.",  # another person
        KHAN + "\n\nHe also holds account No. 0123-456789-02 and account No. 7777-888888-99.",  # several accounts
        "Please provide the statements of IBAN GB82 WEST 1234 5698 7654 32 and of IBAN PK36 SCBL 0000 0011 2345 6702.",
        "The company's SWIFT code is HABBPKKA and its telephone number is +44 20 7946 0958.",
    ],
)
def test_consistent_and_valid_identifiers_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_a_second_passport_the_request_announces_is_not_a_mismatch(linter: Linter) -> None:
    text = KHAN + "\n\nMohammad Ali KHAN also travelled on his previous passport No. CD9999999."
    assert findings(linter, text) == ()
