"""MLA108 persons-concerned: a name with a particular (address, nationality, date of birth, ID number)."""

from __future__ import annotations

import pytest

from docx_fixtures import table_request
from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA108"

IDENTIFIED = [
    "Sergiu Rusu, citizen of Republic of Moldova, born 11.09.1986 in Orhei.",
    "VISTALINE HOLDINGS LTD, registration No. HE 412876.",
    "Imran Chaudhry is a Pakistani national.",
    "Mr Khan lives in Leicester.",
    "Ahmed Raza (CNIC 35202-1234567-1) received the money.",
    "Kestrel Global Trading Ltd, company number 13487520, registered office 18 Belgrave Gate, Leicester.",
    "The witness, Ms Thandeka Dlamini, resides at 14 Ridgeside Crescent, Umhlanga Ridge, Durban.",
    "Lukas Brenner was born on 4 February 1995 in Offenbach am Main.",
    "Meridian Orient Trading Pte. Ltd. (Unique Entity Number 201934871K) received the transfers.",
    "Mr Imran Khan of Lahore transferred the money.",
]

NOT_IDENTIFIED = [
    "The suspect, Mr Khan, is believed to have accounts in your country.",
    "The money was sent to Dubai by the suspect.",
    "Cards are live, said Liam.",
    "Mr Khan of the FIA called him.",
    "Office of the Director of Public Prosecutions\nNSSF Building, Bishops Road\nP.O. Box 30701\nNairobi, Kenya",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("sentence", IDENTIFIED)
def test_a_named_person_or_company_with_a_particular(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == []


@pytest.mark.parametrize("sentence", NOT_IDENTIFIED)
def test_names_alone_and_authority_addresses_do_not_count(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == [CODE]


def test_a_particular_in_the_next_sentence_about_the_same_person(linter: Linter) -> None:
    assert codes(linter, "The principal suspect is Mr Emeka Nwosu. He holds Nigerian passport No. A0123456.") == []


def test_an_empty_persons_heading_locates_the_finding(linter: Linter) -> None:
    text = "Dear Sir,\n\n# Persons Concerned\n\n# Facts\n\nThe suspect stole money."
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.excerpt == "Persons Concerned" and finding.severity.value == "warning"


def _table_request(tmp_path, header: list[str], row: list[str]):  # type: ignore[no-untyped-def]
    return table_request(tmp_path, "The Ministry of Interior requests the bank records of the persons listed below.", header, row)


def test_a_table_of_persons_with_particulars(linter: Linter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _table_request(tmp_path, ["Name", "Date of birth", "Passport No."], ["Imran Chaudhry", "14 March 1978", "BN4417296"])
    assert [f.code for f in linter.lint_path(path, settings=Settings(select=(CODE,))).findings] == []


def test_a_table_of_names_and_roles_only(linter: Linter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _table_request(tmp_path, ["Name", "Role"], ["Imran Chaudhry", "suspect"])
    assert [f.code for f in linter.lint_path(path, settings=Settings(select=(CODE,))).findings] == [CODE]
