"""MLA114 use-limitation: an assurance of limited use (or a request for consent), not any mention of use."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA114"

ASSURANCES = [
    "The material obtained will be used only for the purposes of the investigation described above.",
    "The evidence will not be used for any other purpose without the prior consent of the Requested State.",
    "The information will be used solely for the prosecution of Mr X.",
    "Use of the evidence will be limited to the proceedings described in this request.",
    "The Requesting State undertakes not to use the evidence for purposes other than those stated in this request.",
    "Informations received will be used only in this criminal case.",
    "We ask for your consent to use the records also in the related confiscation proceedings.",
    "The evidence obtained will not be transmitted to third parties without the consent of the Central Authority.",
    "Material provided will be used only for the proceedings described, unless the authorities consent to another use.",
    "The principle of speciality will be respected.",
    "We guarantee that the evidence will only be used in the criminal case.",
    "The documents will serve only this investigation.",
]

NOT_ASSURANCES = [
    "The account was used only for receiving the transfers.",
    "The records will be used as evidence at trial.",
    "The bank should not disclose the request to its customer.",
    "Please do not inform the account holder, other than to the extent needed to execute the request.",
    "The money was used solely to buy property in Dubai.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("sentence", ASSURANCES)
def test_a_use_limitation_in_any_wording(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == []


@pytest.mark.parametrize("sentence", NOT_ASSURANCES)
def test_other_uses_of_use_are_not_a_limitation(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == [CODE]


def test_an_empty_use_heading_locates_the_finding(linter: Linter) -> None:
    text = "Dear Sir,\n\n# Use of the Material\n\n# Contact\n\nMr X."
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.excerpt == "Use of the Material" and finding.severity.value == "warning"


def test_a_terse_undertaking_under_a_use_heading_counts(linter: Linter) -> None:
    assert codes(linter, "# USE\n\nOnly for this criminal case, not other purpose.") == []
