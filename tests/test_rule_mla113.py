"""MLA113 urgency: a request marked urgent must say why or by when; unmarked requests are not checked."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA113"

UNEXPLAINED = [
    ("From: Inspector Rahul Verma\nSubject: URGENT - assistance needed", "URGENT"),
    ("To: ukca@example.gov.uk\nSubject: URGENT - bank statements and freezing of funds, Halden Marine Logistics Ltd", "URGENT"),
    ("Subject: URGENT - service of summons on Aerostrada SAS\nDate: 6 March 2024", "URGENT"),
    ("MOST IMMEDIATE\n\nPlease provide the records.", "MOST IMMEDIATE"),
    ("URGENT\n\nPlease execute this request as soon as possible.", "URGENT"),
    ("We would be grateful if this request could be dealt with as a matter of priority.", "as a matter of priority"),
    ("Please expedite the execution of this request.", "expedite"),
    ("This request is time-critical and we ask for your help.", "time-critical"),
    ("Kindly treat this request urgently.", "urgently"),
]

EXPLAINED = [
    "URGENT: the preservation of the records lapses on 29 October 2024.",
    "URGENT\n\nPlease execute this request as soon as possible, because the accused is in custody.",
    "This request is urgent. The trial starts on 3 June 2024.",
    "Please treat this request as urgent since the provider keeps the data only until 30 June 2024.",
    "We ask that the request be executed as a matter of priority, as the suspect is likely to leave the country.",
    "Please expedite: the limitation period expires in August.",
    "We would be grateful for the records by 15 May 2024 at the latest, as soon as possible.",
]

NOT_MARKED = [
    "The suspect left urgently.",
    "The bank gave priority to the transfer.",
    "The Ministry requests the bank records of account 123.",
    "In urgent cases, requests may be transmitted through Interpol.",
    "The suspect urgently transferred the money to Dubai on 3 May 2023.",
    "Please inform us as soon as possible if the request cannot be executed.",
    "The bank described the matter as not urgent.",
]


def findings(linter: Linter, text: str):  # type: ignore[no-untyped-def]
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(("text", "marking"), UNEXPLAINED)
def test_urgency_without_reason_or_date_fires_at_the_marking(linter: Linter, text: str, marking: str) -> None:
    (finding,) = findings(linter, f"The Ministry requests the bank records of account 123.\n\n{text}")
    assert finding.code == CODE and finding.severity.value == "warning"
    assert finding.location is not None
    assert finding.location.start is not None
    assert marking.lower() in (finding.excerpt or "").lower()


@pytest.mark.parametrize("text", EXPLAINED)
def test_urgency_with_a_reason_or_a_date(linter: Linter, text: str) -> None:
    assert findings(linter, f"The Ministry requests the bank records of account 123.\n\n{text}") == ()


@pytest.mark.parametrize("text", NOT_MARKED)
def test_a_request_not_marked_urgent_is_not_checked(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_a_bare_marking_with_its_reason_in_an_urgency_section(linter: Linter) -> None:
    text = (
        "# URGENT REQUEST\n\nThe Ministry requests the bank records of account 123.\n\n"
        "# Urgency\n\nThe accused is in custody until 12 July 2024."
    )
    assert findings(linter, text) == ()


def test_an_urgency_heading_with_nothing_relevant_under_it(linter: Linter) -> None:
    text = "The Ministry requests the records.\n\n# Urgency\n\nPlease treat this request as urgent."
    (finding,) = findings(linter, text)
    assert "urgen" in (finding.excerpt or "").lower()
