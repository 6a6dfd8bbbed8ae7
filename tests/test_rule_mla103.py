"""MLA103 proceedings: the investigation/prosecution tied to the authority conducting it, however phrased."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA103"

PRESENT = [
    "The investigation is conducted by the FIA under FIR No. 27/2023.",
    "Officers of the SFO are investigating the matter.",
    "Proceedings are pending before the Regional Court of Munich.",
    "Case No. 123 is under investigation by the Anti-Corruption Bureau.",
    "The Attorney-General makes this request on behalf of the Economic and Financial Crimes Commission (EFCC), "
    "which is investigating the offences described below.",
    "ZIT is conducting a criminal investigation under file reference 7410 Js 21873/23 against Lukas Brenner.",
    "The SFO has investigated the matter since 14 June 2022.",
    "Prosecution is made by PCCOCS, the investigation by National Anticorruption Center under conduct of prosecutor.",
    "The case was investigated by the Ethics and Anti-Corruption Commission and is being prosecuted by this Office.",
    "The Federal Public Prosecution Service, which is conducting criminal investigation No. 5004321-18.2023 before "
    "the 6th Federal Criminal Court of São Paulo, asks for assistance.",
    "Criminal case No. 2023970412 is started 14.06.2023 by Prosecutor's Office for Combating Organized Crime.",
    "He was charged before the Sandiganbayan with malversation.",
    "This request relates to an investigation being conducted by the Hong Kong Police Force into fraud.",
    "Criminal proceedings have been instituted against Mr X in the Magistrates' Court of Nairobi.",
    "Mr X is currently on trial before the Lagos High Court.",
    "The accused appeared before the Central Criminal Court on 4 June 2024.",
    "Whereas the Central Bureau of Investigation (CBI), Economic Offences Wing, has registered case RC 0052023E0012 "
    "on 14.02.2023 against Shri Ramesh Chand Agarwal, and the said case is under investigation;",
    "We, Claire Dubois, investigating judge at the Tribunal judiciaire de Paris, acting in the judicial investigation "
    "opened on 4 September 2023 against Karim Benali, request the assistance of Belgium.",
    "The undersigned Federal Public Prosecutor, in charge of investigation file No. 0000871/2023, requests assistance.",
    "The Economic and Financial Crimes Commission (EFCC), Lagos Zonal Directorate, requests the assistance of the "
    "United Kingdom in its investigation of a business email compromise fraud (case file No. 2291 of 2025).",
]

ABSENT = [
    "We request your assistance in our case against Mr Khan.",
    "The police searched his house in 2021.",
    "The records will be used in the proceedings.",
    "The victim filed a complaint about the fraud.",
    "The suspect opened two accounts at Thameside Bank plc.",
    "The SFO is the authority that investigates and prosecutes serious fraud.",
    "The officer handling this matter is Mr Ibrahim Musa, telephone +234 9 904 4752.",
    "The evidence will be produced before the High Court.",
    "He paid Mr Y in the District Court building.",
    "The bank has asked us for help in its inquiry into the missing funds.",
    "We kindly request any support your office can give to our enquiries.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("sentence", PRESENT)
def test_proceedings_with_their_authority_in_any_wording(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == []


@pytest.mark.parametrize("sentence", ABSENT)
def test_no_authority_conducting_a_proceeding_fires(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == [CODE]


def test_an_empty_heading_is_not_a_description_and_locates_the_finding(linter: Linter) -> None:
    text = "The Ministry requests assistance.\n\n# Proceedings\n\n# Facts\n\nMr Khan stole money in 2021."
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.location is not None and finding.excerpt == "Proceedings"
    assert finding.severity.value == "error"


def test_a_heading_with_a_terse_description_under_it_counts(linter: Linter) -> None:
    text = "# CASE\n\nCriminal case No. 2023/17, prosecutor's office of Chisinau, investigation of swindling."
    assert codes(linter, text) == []


def test_missing_is_document_level_with_a_suggestion(linter: Linter) -> None:
    report = linter.lint_text("Please provide the bank records of account 123.", settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.location is None
    assert "conducted by" in (finding.suggestion or "")
