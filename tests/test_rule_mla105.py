"""MLA105 offences: an offence named with its provision, however cited; dual criminality alone does not count."""

from __future__ import annotations

import pytest

from docx_fixtures import table_request
from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA105"

CITED = [
    "The suspects are investigated for cheating, contrary to section 420 of the Pakistan Penal Code 1860.",
    "Lukas Brenner is suspected of commercial gang fraud under § 263 StGB.",
    "The conduct constitutes passive corruption under Article 317 of the Brazilian Penal Code.",
    "He is charged with laundering of monetary instruments, 18 U.S.C. § 1956.",
    "Offence: converting criminal property, s. 327(1)(c) POCA 2002.",
    "He was charged with fraud contrary to sections 1 and 2 of the Fraud Act 2006.",
    "The accused are charged with conspiracy contrary to section 47A(3) as read with section 48(1) of the "
    "Anti-Corruption and Economic Crimes Act, 2003.",
    "Criminal case No. 2023970412 is started on art. 190 par. (5) (swindling) of Criminal Code of Republic of Moldova.",
    "Mr Villaruel is charged with violation of Section 3(e) of Republic Act No. 3019.",
    "The suspects are investigated for forgery for the purpose of cheating, contrary to section 468 PPC.",
    "He is suspected of swindling under the Criminal Code of Moldova, art. 190 par. (5).",
    "The criminal case was initiated on the grounds of the crime provided for by part 3 of Article 209 of the "
    "Criminal Code of the Kyrgyz Republic (Fraud).",
    "The CBI has registered case RC 12/2023 against Ramesh Agarwal under Sections 120-B and 420 of the Indian Penal "
    "Code, 1860.",
]

NOT_CITED = [
    "The suspects are investigated for fraud and money laundering.",
    "This request is made under Article 18 of the United Nations Convention against Transnational Organized Crime.",
    "The conduct would, if it had occurred in England, constitute fraud contrary to section 1 of the Fraud Act 2006.",
    "Facts are crimes also by law of Cyprus: obtaining money by false pretences (section 298 of Criminal Code).",
    "The report under section 173 of the Code of Criminal Procedure 1898 will be submitted to the court.",
    "The Mutual Legal Assistance (Criminal Matters) Act 2020, section 7, governs this request.",
    "This request is made under section 7 of the Mutual Legal Assistance (Criminal Matters) Act 2020 in the "
    "investigation of fraud.",
    "The report under section 173 of the Code of Criminal Procedure will be submitted in the fraud case.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("sentence", CITED)
def test_an_offence_with_its_provision_in_any_citation_style(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == []


@pytest.mark.parametrize("sentence", NOT_CITED)
def test_labels_legal_bases_and_dual_criminality_alone_are_not_offences(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == [CODE]


def test_requested_state_provisions_under_a_dual_criminality_heading_do_not_count(linter: Linter) -> None:
    text = (
        "# Offences\n\nThe suspects are investigated for fraud and money laundering.\n\n"
        "# Dual Criminality\n\nThe conduct constitutes fraud under section 1 of the Fraud Act 2006 in England."
    )
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.excerpt == "Offences"


def test_a_terse_provision_list_under_an_offences_heading_counts(linter: Linter) -> None:
    assert codes(linter, "# OFFENCES\n\nSection 420 PPC (cheating); section 3 AMLA 2010 (money laundering).") == []


def test_both_states_in_one_paragraph_the_requesting_states_offence_counts(linter: Linter) -> None:
    text = (
        "The conduct constitutes passive corruption under Article 317 of the Brazilian Penal Code. It would also "
        "constitute corruption under Article 373 of the Portuguese Penal Code."
    )
    assert codes(linter, text) == []


def test_an_empty_offences_heading_locates_the_finding(linter: Linter) -> None:
    report = linter.lint_text("Dear Sir,\n\n# Offences\n\n# Facts\n\nHe stole.", settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.excerpt == "Offences" and finding.severity.value == "error"


def _table_request(tmp_path, header: list[str], row: list[str]):  # type: ignore[no-untyped-def]
    return table_request(tmp_path, "The suspects are charged with the offences below.", header, row)


def test_a_table_of_charges_with_provisions(linter: Linter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _table_request(tmp_path, ["Offence", "Provision", "Maximum penalty"], ["Cheating", "Section 420 PPC", "7 years"])
    assert [f.code for f in linter.lint_path(path, settings=Settings(select=(CODE,))).findings] == []


def test_a_table_of_charges_without_provisions(linter: Linter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _table_request(tmp_path, ["Offence", "Description"], ["Cheating", "deceiving investors"])
    assert [f.code for f in linter.lint_path(path, settings=Settings(select=(CODE,))).findings] == [CODE]
