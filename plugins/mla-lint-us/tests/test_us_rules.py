"""US101-US106 on short texts: where each must fire and realistic texts where it must stay silent."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def codes(linter: Linter, code: str, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(code,), jurisdiction=("US",)))
    return [f.code for f in report.findings]


OIA = "To: Office of International Affairs, U.S. Department of Justice, Washington, D.C., United States\n\n"
TREATY = "This request is made under the Treaty on Mutual Legal Assistance in Criminal Matters between Mexico and the United States of America.\n\n"


@pytest.mark.parametrize("text", [
    "We request that the contents of the e-mail account m.ortiz@yahoo.com be obtained from Yahoo Inc.",
    "Please search the premises at 845 Brickell Avenue, Miami and seize the documents found there.",
    "We ask that the messages stored in the Instagram account @ortiz_imports be obtained.",
    "Please obtain the contents of the suspect's e-mail account.",
])
def test_us101_fires_when_no_facts_tie_the_account_or_premises(linter: Linter, text: str) -> None:
    assert codes(linter, "US101", OIA + TREATY + text) == ["US101"]


@pytest.mark.parametrize("text", [
    # the account appears in the facts
    ("On 3 May 2024 Mr Ortiz sent the ransom demand from m.ortiz@yahoo.com to the victim.\n\n"
    "We request that the contents of the e-mail account m.ortiz@yahoo.com be obtained from Yahoo Inc."),
    # the premises appear in the facts
    ("Mr Ortiz stored the stolen goods at 845 Brickell Avenue, Miami, as his driver told police on 2 June 2024.\n\n"
    "Please search the premises at 845 Brickell Avenue, Miami and seize the stolen goods found there."),
    # subscriber records need no probable cause
    "We request the subscriber information and login IP addresses of the account m.ortiz@yahoo.com.",
    # a witness statement is not a search
    "We ask that Mr Daniel Reyes be interviewed as a witness.",
    # a general opening, then the account, with facts (the sentence ends on the address)
    ("Canada asks the United States to obtain electronic evidence held by an email provider.\n\n"
    "The ransom demands were sent from m.ortiz@yahoo.com.\n\n"
    "We ask that Yahoo Inc. produce the stored emails of m.ortiz@yahoo.com."),
    # a witness asked to produce the e-mails she kept
    "We ask that Ms Hargreaves be examined on oath and that she be asked to produce any emails she kept about the transfers.",
])
def test_us101_silent_with_facts_or_without_search_or_content(linter: Linter, text: str) -> None:
    assert codes(linter, "US101", OIA + TREATY + text) == []


SEARCH = "Please search the premises at 845 Brickell Avenue, Miami and seize the ledgers found there."


def test_us102_warns_when_no_penalty_is_stated(linter: Linter) -> None:
    report = linter.lint_text(OIA + TREATY + SEARCH, settings=Settings(select=("US102",), jurisdiction=("US",)))
    assert [(f.code, f.severity.value) for f in report.findings] == [("US102", "warning")]


@pytest.mark.parametrize("penalty", [
    "The offence is punishable by a fine or imprisonment of up to six months.",
    "Simple theft is punishable by imprisonment for a term not exceeding one year.",
])
def test_us102_errs_when_the_penalty_is_one_year_or_less(linter: Linter, penalty: str) -> None:
    report = linter.lint_text(OIA + TREATY + penalty + "\n\n" + SEARCH, settings=Settings(select=("US102",), jurisdiction=("US",)))
    assert [(f.code, f.severity.value) for f in report.findings] == [("US102", "error")]


@pytest.mark.parametrize("text", [
    "Fraud is punishable by up to ten years' imprisonment.\n\n" + SEARCH,
    "The offence carries a maximum sentence of 18 months' imprisonment.\n\n" + SEARCH,
    "Aggravated robbery is punishable by life imprisonment.\n\n" + SEARCH,
    "We ask that Mr Reyes be interviewed as a witness.",
])
def test_us102_silent_above_the_threshold_or_without_search(linter: Linter, text: str) -> None:
    assert codes(linter, "US102", OIA + TREATY + text) == []


BANK = "We request the statements of account 4401-2209 held by Mr John Carter at JPMorgan Chase Bank."


def test_us103_fires_without_citizenship(linter: Linter) -> None:
    assert codes(linter, "US103", OIA + TREATY + BANK) == ["US103"]


@pytest.mark.parametrize("text", [
    "Mr John Carter is a British citizen born on 2 May 1980.\n\n" + BANK,
    "Mr Carter, a national of Mexico (passport G12345678), lives in Texas.\n\n" + BANK,
    "We ask that the court records of case 2:23-cr-114 be provided.",
])
def test_us103_silent_with_citizenship_or_no_coercive_measure(linter: Linter, text: str) -> None:
    assert codes(linter, "US103", OIA + TREATY + text) == []


ROGATORY = (
    "LETTER ROGATORY\n\nThe Superior Court of Justice of Ontario requests the assistance of the courts of the "
    "United States in obtaining the testimony of Mr David Hill of Buffalo, New York, as a witness."
)


def test_us104_fires_on_a_letter_rogatory_without_reciprocity(linter: Linter) -> None:
    assert codes(linter, "US104", OIA + ROGATORY) == ["US104"]


@pytest.mark.parametrize("text", [
    ROGATORY + "\n\nThe Superior Court of Justice will render the same assistance to the courts of the United States in a similar case.",
    ROGATORY + "\n\nThis Court extends to the courts of the United States the assurance of reciprocity.",
    TREATY + "We ask that Mr Hill be interviewed as a witness.",
])
def test_us104_silent_with_reciprocity_or_for_treaty_requests(linter: Linter, text: str) -> None:
    assert codes(linter, "US104", OIA + text) == []


@pytest.mark.parametrize("text", [
    "This request is made on behalf of the accused, who needs the bank records for his defence.",
    "This request is submitted at the request of counsel for the defendant, Mr Alvarez.",
])
def test_us105_fires_on_treaty_requests_for_the_defence(linter: Linter, text: str) -> None:
    assert codes(linter, "US105", OIA + TREATY + text) == ["US105"]


@pytest.mark.parametrize("text", [
    TREATY + "The accused has been served with the indictment and his defence counsel has been notified.",
    "LETTER ROGATORY\n\nOn the application of counsel for the accused, this Court requests the testimony of Mr Hill.",
    TREATY + "The Attorney General's Office requests the bank records of the accused, Mr Alvarez.",
])
def test_us105_silent_for_public_authorities_or_letters_rogatory_without_treaty(linter: Linter, text: str) -> None:
    assert codes(linter, "US105", OIA + text) == []


def test_us106_fires_on_a_treaty_request_to_the_fbi(linter: Linter) -> None:
    text = "To: Legal Attaché, Federal Bureau of Investigation, Embassy of the United States, Mexico City\n\n" + TREATY
    assert codes(linter, "US106", text) == ["US106"]


@pytest.mark.parametrize("text", [
    OIA + TREATY,
    "To: The Central Authority of the United States of America\n\n" + TREATY,
    "To: Legal Attaché, FBI, Embassy of the United States\n\nWe ask for police-to-police assistance in locating Mr Hill.",
])
def test_us106_silent_when_addressed_to_oia_or_no_treaty(linter: Linter, text: str) -> None:
    assert codes(linter, "US106", text) == []
