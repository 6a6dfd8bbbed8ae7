"""MLA306 weekday-mismatch."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA306",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 5 March 2023 the suspect withdrew the cash.",
        "The meeting took place on Monday, March 7, 2023.",
        "On Sat 3rd March 2023 he flew to Dubai.",
        "On Wednesday 13/03/2024 and on Thursday 25/03/2024 he called.",
        "On 5 March 2023 (Monday) he withdrew the cash.",
        "On 5 March 2023, a Monday, he withdrew the cash.",
    ],
)
def test_a_wrong_weekday_is_reported(linter: Linter, text: str) -> None:
    found = findings(linter, text)
    assert found and all(f.severity.value == "warning" for f in found)
    assert " is a " in found[0].message and ", not a " in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, 5 March 2023 the suspect withdrew the cash.",
        "The meeting took place on Tuesday, March 7, 2023 or Wednesday, 8 March 2023.",
        "He called on Monday. On 5 March 2023 he left.",
        "On Monday 03/04/2023 he called.",  # ambiguous: left to MLA304
        "On 5 March 2023 (Sunday) he withdrew the cash; on 6 March 2023, a Monday, he left.",
        "The 5 March 2023 (Monday evening flight) list.",  # not a weekday of its own
    ],
)
def test_a_right_weekday_is_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()
