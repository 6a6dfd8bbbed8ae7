"""MLA118 witness-details: only for testimony; the witness's identity and the topics to be put."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.findings import Finding
from mla_lint.settings import Settings


def findings(linter: Linter, text: str) -> tuple[Finding, ...]:
    report = linter.lint_text(text, settings=Settings(select=("MLA118",)))
    assert report.error is None
    return report.findings


COMPLETE = [
    ("We further ask that a witness statement be taken from Mr Daniel Whitcombe, Relationship Manager at Thameside "
    "Bank plc, 9 Granby Street, Leicester, covering: when the accounts were opened; who gave instructions on them."),
    ("Ms Thandeka Dlamini now lives at 14 Ridgeside Crescent, Durban.\n\nWe therefore ask that Ms Dlamini be examined on "
    "oath before a magistrate about how the price was arrived at."),
    ("I further ask that a witness statement be taken from the custodian of records of Southern Cross Payments Pty "
    "Ltd producing those records and explaining how they are created and kept."),
    "Please interview Mr John Smith, 12 High Street, Springfield, concerning his dealings with the suspect.",
    "To take statement from witness Petru Lungu, living in Paphos. Questions are in Annex 2.",
    ("Please record a statement from Ms Harriet Nakato, of Plot 27, Kira Road, Kampala, on when and on what terms "
    "she let the house to the suspect."),
]


@pytest.mark.parametrize("text", COMPLETE)
def test_identity_and_topics_satisfy_the_rule(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_fires_without_identity_or_topics(linter: Linter) -> None:
    (finding,) = findings(linter, "Please interview the witnesses in this case.")
    assert "who the witness is" in finding.message and "questions or topics" in finding.message


def test_fires_without_topics(linter: Linter) -> None:
    (finding,) = findings(linter, "Please take a witness statement from Mr John Smith, 12 High Street, Springfield.")
    assert "questions or topics" in finding.message and "who the witness is" not in finding.message


def test_fires_without_whereabouts(linter: Linter) -> None:
    text = (
        "Lachlan James Reid, an Australian citizen, born on 27 May 1994 in Cairns, holder of passport No. PE2094631.\n\n"
        "Australia requests that Mr Lachlan James Reid be examined as a witness about the repairs to the yacht."
    )
    (finding,) = findings(linter, text)
    assert "where to find the witness" in finding.message


def test_a_witness_referred_to_but_never_named(linter: Linter) -> None:
    text = (
        "A victim, a retired teacher, invested PHP 2 million.\n\nWe request that a witness statement be taken from the "
        "victim described above concerning her dealings with the company."
    )
    (finding,) = findings(linter, text)
    assert "who the witness is" in finding.message


def test_fires_without_identity(linter: Linter) -> None:
    (finding,) = findings(linter, "Please interview a witness about the opening of the account.")
    assert "who the witness is" in finding.message


def test_not_for_records_only(linter: Linter) -> None:
    assert findings(linter, "Please obtain the statements of account no. 4455 at Alpha Bank for 2021.") == ()


def test_not_for_a_statement_mentioned_in_the_facts(linter: Linter) -> None:
    text = "Mr Naveed Iqbal was interviewed on 16 March 2023. Please obtain the statements of account no. 4455 at Alpha Bank."
    assert findings(linter, text) == ()


def test_topics_in_a_translated_letter_rogatory(linter: Linter) -> None:
    text = (
        "Measures requested:\n1. Take a statement as a witness from the sole director of Olearia Nord S.r.l., Ms Giulia "
        "Ferri, domiciled at Via Torino 45, Milan, on the activity of the company and the origin of the funds received."
    )
    assert findings(linter, text) == ()
