"""MLA111 dual-criminality: any wording of the statement satisfies it; error for coercive measures, warning otherwise."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.findings import Severity
from mla_lint.settings import Settings

BANK = (
    "The Prosecutor General of Freedonia requests assistance. John Smith obtained USD 2,000,000 from investors by "
    "false promises in 2022, contrary to section 5 of the Fraud Act 2001 of Freedonia. Please obtain the statements "
    "of account no. 12345678 held by John Smith at Bank of Ruritania for the period 1 January 2022 to 31 December 2022."
)
SERVICE = (
    "The Prosecutor General of Freedonia requests assistance. We ask that the attached summons be served on Mr John "
    "Smith, 12 High Street, Springfield, who is a witness in the trial of Peter Brown for fraud."
)

STATEMENTS = [
    "The conduct described would constitute an offence under the law of Ruritania had it occurred there.",
    "These offences are also criminal in your jurisdiction.",
    "The conduct is punishable in both states.",
    "Dual criminality is satisfied.",
    "The requirement of double criminality is met.",
    "The equivalent offence in England and Wales is fraud contrary to section 1 of the Fraud Act 2006.",
    "The conduct would, if committed in Ruritania, constitute theft under section 4 of the Theft Act.",
    "Had these events taken place in Ruritania they would amount to fraud at common law.",
    "Facts are crimes also by law of Ruritania: obtaining money by false pretences.",
    "The facts constitute offences under Ruritanian law as well.",
    "It would also constitute corruption under Article 373 of the Ruritanian Penal Code.",
    "The conduct would also be punishable under the law of the United States as wire fraud under 18 U.S.C. § 1343.",
]


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA111",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize("statement", STATEMENTS)
def test_a_statement_in_any_wording_satisfies_the_rule(linter: Linter, statement: str) -> None:
    assert findings(linter, f"{BANK}\n\n{statement}") == ()


@pytest.mark.parametrize("statement", STATEMENTS[:3])
def test_a_statement_under_its_own_heading(linter: Linter, statement: str) -> None:
    assert findings(linter, f"{BANK}\n\n# Dual Criminality\n\n{statement}") == ()


def test_terse_statement_under_a_heading(linter: Linter) -> None:
    assert findings(linter, f"{BANK}\n\nDOUBLE CRIMINALITY\n\nSame offences exist in Ruritanian Criminal Code, art. 209.") == ()


NOT_STATEMENTS = [
    ("Under Article 18(9) of the Convention, States Parties may decline to render assistance on the ground of absence "
    "of dual criminality."),
    "The offence is punishable by imprisonment of up to ten years.",
    "The requested records would constitute evidence of the offence.",
    "The conduct is not an offence in Ruritania.",
]


@pytest.mark.parametrize("sentence", NOT_STATEMENTS)
def test_near_misses_are_not_a_statement(linter: Linter, sentence: str) -> None:
    assert [f.code for f in findings(linter, f"{BANK}\n\n{sentence}")] == ["MLA111"]


def test_error_when_coercive_measures_are_sought(linter: Linter) -> None:
    (finding,) = findings(linter, BANK)
    assert finding.severity is Severity.ERROR
    assert "bank records" in finding.message


def test_warning_when_only_non_coercive_assistance_is_sought(linter: Linter) -> None:
    (finding,) = findings(linter, SERVICE)
    assert finding.severity is Severity.WARNING


def test_warning_for_a_voluntary_witness_statement(linter: Linter) -> None:
    text = (
        "The Prosecutor General of Freedonia requests assistance. Please take a statement from Mr John Smith, 12 High "
        "Street, Springfield, about the contract. He is willing to give it voluntarily."
    )
    (finding,) = findings(linter, text)
    assert finding.severity is Severity.WARNING


def test_error_for_a_search(linter: Linter) -> None:
    text = "It is requested that the premises of Alpha Ltd at 4 Elm Road, Springfield be searched and invoices seized."
    (finding,) = findings(linter, text)
    assert finding.severity is Severity.ERROR


def test_an_empty_heading_is_not_a_statement_and_locates_the_finding(linter: Linter) -> None:
    (finding,) = findings(linter, f"{BANK}\n\n# Dual Criminality\n\n# Contact\n\nInspector Jane Roe.")
    assert finding.location is not None and "Dual Criminality" in (finding.excerpt or "")
    (finding,) = findings(linter, f"{BANK}\n\nDUAL CRIMINALITY\n\nN/A")
    assert finding.code == "MLA111"


def test_a_plain_statement_naming_the_addressee_state(linter: Linter) -> None:
    text = (
        "FROM: State Prosecution Office of Georgia, Tbilisi\nTO: Ministry of Justice of Ukraine\n\n"
        "We ask: statements of account UA21 3223 1300 0002 6007 2335 6600 1 for 01.01.2022-31.12.2023.\n\n"
        "Same acts are crimes in Ukraine (art. 191 Criminal Code of Ukraine)."
    )
    assert findings(linter, text) == ()


def test_as_well_as_is_not_also(linter: Linter) -> None:
    text = f"{BANK}\n\nHe is charged with fraud as well as money laundering under the Penal Code of Freedonia."
    assert [f.code for f in findings(linter, text)] == ["MLA111"]


def test_a_legal_basis_naming_the_requested_state_is_not_a_statement(linter: Linter) -> None:
    text = (
        "FROM: Public Prosecution Service of the Netherlands\nTO: Attorney-General's Chambers of Singapore\n\n"
        "This request is made under the Mutual Assistance in Criminal Matters Act 2000 of Singapore.\n\n"
        "We ask that the statements of account no. 712-38490-2 at Straits Harbour Bank Ltd for 2021 be obtained."
    )
    assert [f.code for f in findings(linter, text)] == ["MLA111"]


@pytest.mark.parametrize(
    "statement",
    [
        "The offences are recognised in both jurisdictions.",
        "These crimes also exist in your legislation.",
        "The conduct is likewise an offence in Ruritania under Article 209 of its Criminal Code.",
    ],
)
def test_more_wordings(linter: Linter, statement: str) -> None:
    assert findings(linter, f"{BANK}\n\n{statement}") == ()


def test_a_treaty_both_states_are_party_to_is_not_a_statement(linter: Linter) -> None:
    text = f"{BANK}\n\nThis request is made under the Convention against Transnational Organized Crime, to which both countries are parties."
    assert [f.code for f in findings(linter, text)] == ["MLA111"]
