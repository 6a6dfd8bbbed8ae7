"""MLA110 confidentiality: present however phrased, absent despite near-misses."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CLAUSES = [
    "The Requesting State asks that this request and its contents be kept confidential.",
    "Please do not inform the account holders of this request, as disclosure would prejudice the investigation.",
    "We would be grateful if the fact and substance of this letter were treated in strict confidence.",
    "We would be grateful if the existence of this letter were not disclosed to the persons named in it.",
    "Kindly keep secret this request, do not tell to the account holder.",
    "It is requested that the suspect not be made aware of this request.",
    "This request is confidential.",
    "The contents of this letter should not be disclosed to any third party.",
    "The bank should not notify its customer of this request.",
    "Confidentiality of this request is requested pursuant to Article 18(20) of UNTOC.",
    "Do not alert Mr Khan.",
    "The existence of this investigation must not be revealed to the subjects.",
    "Kindly treat this request as confidential.",
    "This letter should be handled as strictly confidential by your authorities.",
]

NEAR_MISSES = [
    "Please provide the confidential bank records of the account.",
    "The information was obtained from a confidential informant.",
    "Bank confidentiality shall not be a ground for refusal of this request.",
    "The suspect was not informed of his rights.",
    "He did not disclose the source of the funds to the bank.",
    "CONFIDENTIAL",
    "The bank did not notify the Financial Monitoring Unit.",
    "Bank secrecy may not be invoked to decline assistance.",
    "The bank treated the transfer instructions as confidential.",
]

BODY = (
    "The Attorney General of Freedonia requests assistance from the Republic of Ruritania "
    "under Article 18 of the United Nations Convention against Transnational Organized Crime."
)


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=("MLA110",)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("clause", CLAUSES)
def test_a_confidentiality_clause_in_any_wording_satisfies_the_rule(linter: Linter, clause: str) -> None:
    assert codes(linter, f"{BODY}\n\n{clause}") == []


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_are_not_a_confidentiality_clause(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"{BODY}\n\n{sentence}") == ["MLA110"]


def test_a_heading_with_nothing_under_it_is_not_a_clause(linter: Linter) -> None:
    assert codes(linter, f"{BODY}\n\n# Confidentiality\n\n# Contact\n\nInspector Jane Roe.") == ["MLA110"]


def test_a_wish_under_a_confidentiality_heading_is_a_clause(linter: Linter) -> None:
    text = f"{BODY}\n\n# Confidentiality\n\nWe ask that this be respected until the suspects are arrested."
    assert codes(linter, text) == []


def test_the_finding_is_document_level_with_a_suggestion(linter: Linter) -> None:
    report = linter.lint_text(BODY, settings=Settings(select=("MLA110",)))
    (finding,) = report.findings
    assert finding.location is None
    assert finding.severity.value == "warning"
    assert "fact and substance" in (finding.suggestion or "")


def test_an_empty_confidentiality_heading_is_where_the_finding_points(linter: Linter) -> None:
    report = linter.lint_text(f"{BODY}\n\n# Confidentiality\n\n# Contact\n\nInspector Jane Roe.",
                              settings=Settings(select=("MLA110",)))
    (finding,) = report.findings
    assert finding.location is not None and finding.excerpt == "Confidentiality"
    assert 'the section "Confidentiality" does not contain it' in finding.message


def test_the_checklist_shows_where_the_clause_was_found(linter: Linter) -> None:
    from mla_lint.findings import ElementState

    clause = "Please do not inform the account holders of this request."
    report = linter.lint_text(f"{BODY}\n\n{clause}", settings=Settings(select=("MLA110",)))
    (item,) = report.checklist
    assert item.code == "MLA110" and item.state is ElementState.PRESENT
    assert item.excerpt == clause and item.location is not None and item.location.paragraph == 2
    missing = linter.lint_text(BODY, settings=Settings(select=("MLA110",))).checklist
    assert [(i.code, i.state, i.location) for i in missing] == [("MLA110", ElementState.MISSING, None)]
    assert report.to_dict()["checklist"][0]["state"] == "present"  # type: ignore[index]
