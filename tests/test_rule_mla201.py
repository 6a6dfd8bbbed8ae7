"""MLA201 vague-request: blanket formulas in what is asked for, unless pinned down by an identifier or a period."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.findings import Finding
from mla_lint.settings import Settings


def findings(linter: Linter, text: str) -> tuple[Finding, ...]:
    report = linter.lint_text(text, settings=Settings(select=("MLA201",)))
    assert report.error is None
    return report.findings


VAGUE = [
    ("Please provide any and all documents relating to John Smith and his companies.", "any and all documents"),
    ("Please provide all information relating to the company Alpha Ltd.", "all information relating to"),
    ("We ask that you obtain all records concerning Mr Rusu.", "all records concerning"),
    ("REQUEST\n\n1) all documents about VISTALINE HOLDINGS LTD;\n2) any information on Sergiu Rusu.", "all documents about"),
]


@pytest.mark.parametrize(("text", "phrase"), VAGUE)
def test_blanket_formulas_are_reported_at_the_phrase(linter: Linter, text: str, phrase: str) -> None:
    found = findings(linter, text)
    assert found and all(f.code == "MLA201" for f in found)
    assert any(phrase in (f.excerpt or "") for f in found)
    assert all(f.location is not None for f in found)


def test_one_finding_per_phrase(linter: Linter) -> None:
    text = "REQUEST\n\n1) all documents about VISTALINE HOLDINGS LTD;\n2) any information on Sergiu Rusu."
    assert len(findings(linter, text)) == 2


PINNED = [
    "Please provide all records relating to account no. 987654321 at Alpha Bank.",
    "Please provide all documents concerning the company for the period 2019 to 2021.",
    "Please provide all records of IBAN CY73 0050 0215 0000 0004 1287 6001.",
    "Please provide all information held on telephone number +44 7700 900123.",
    "Please provide all documents relating to the accounts listed in the table below.",
    "We ask for all documents concerning the account of Alpha Ltd at Bank of Ruritania.",
]


@pytest.mark.parametrize("text", PINNED)
def test_an_identifier_or_period_pins_the_item_down(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_the_same_words_in_the_facts_are_not_a_request(linter: Linter) -> None:
    text = "The police seized all documents relating to the company in 2021. Please obtain the statements of account no. 4455 for 2021."
    assert findings(linter, text) == ()


def test_qualified_and_conjoined_nouns(linter: Linter) -> None:
    for text, phrase in (
        ("Australia further asks that all documents and records relating to the business of Klang Freight be produced.", "all documents and records"),
        ("We request the Requested State to obtain any and all bank records of the suspects.", "any and all bank records"),
        ("Please freeze all his assets in Seychelles.", "all his assets"),
    ):
        (finding,) = findings(linter, text)
        assert phrase in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Please contact us if you need any further information.",
        "Should you require any additional documents, please let us know.",
        "Please inform us of any documents that cannot be obtained.",
        "Please let us know of any information you cannot provide.",
    ],
)
def test_information_offered_or_asked_about_is_not_a_fishing_request(linter: Linter, text: str) -> None:
    assert findings(linter, f"Please obtain the statements of account no. 4455 at Alpha Bank for 2021.\n\n{text}") == ()
