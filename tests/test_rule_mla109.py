"""MLA109 procedures: needed when testimony or records are sought; any stated form or certification satisfies it."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

BANK = "Please obtain the statements of account no. 12345678 held by John Smith at Bank of Ruritania for 2022."
WITNESS = "We ask that a witness statement be taken from Mr Peter Jones, 4 Elm Road, Springfield, about the contract."

PROCEDURES = [
    "The statements should be certified as true copies by an officer of the bank.",
    "Copies must be certified by bank (stamp and signature).",
    "The records should be accompanied by a certificate of authenticity signed by the custodian of records.",
    "We ask that an officer of our police be allowed to attend the interview.",
    "The evidence should be taken on oath and recorded verbatim.",
    "No particular formality is required for their use in our courts.",
    "# Procedures\n\nPlease send the originals, or copies authenticated by the bank.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=("MLA109",)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("procedure", PROCEDURES)
def test_a_stated_procedure_satisfies_the_rule(linter: Linter, procedure: str) -> None:
    assert codes(linter, f"{BANK}\n\n{procedure}") == []


def test_fires_for_records_without_procedure(linter: Linter) -> None:
    assert codes(linter, BANK) == ["MLA109"]


def test_fires_for_testimony_without_procedure(linter: Linter) -> None:
    assert codes(linter, WITNESS) == ["MLA109"]


def test_certified_copies_asked_for_in_the_request_itself(linter: Linter) -> None:
    assert codes(linter, "Please give us certified copies of the statements of account no. 4455 at Alpha Bank for 2021.") == []


def test_not_for_a_pure_service_request(linter: Linter) -> None:
    assert codes(linter, "We ask that the attached summons be served on Mr John Smith, 12 High Street, Springfield.") == []


def test_not_for_a_freeze(linter: Linter) -> None:
    assert codes(linter, "Please freeze account no. 555123 at Ruritania Bank, which holds the proceeds of the fraud.") == []


def test_facts_mentioning_a_certificate_are_not_a_procedure(linter: Linter) -> None:
    assert codes(linter, f"The bank certified in 2021 that the account was closed.\n\n{BANK}") == ["MLA109"]


def test_an_empty_procedures_heading_is_not_a_procedure(linter: Linter) -> None:
    assert codes(linter, f"{BANK}\n\n# Procedures\n\n# Contact\n\nInspector Jane Roe.") == ["MLA109"]


@pytest.mark.parametrize(
    "procedure",
    [
        "The witness should be interviewed under caution and a transcript provided.",
        "We do not require any particular form for the records.",
        "The records should be provided in electronic format.",
        "The statement should be recorded in writing and the witness informed of his rights.",
    ],
)
def test_more_ways_of_stating_a_procedure(linter: Linter, procedure: str) -> None:
    assert codes(linter, f"{WITNESS}\n\n{procedure}") == []
