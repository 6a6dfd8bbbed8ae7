"""PK101-PK105 on short texts: where each must fire and realistic texts where it must stay silent."""

from __future__ import annotations

import pytest

from mla_lint.testing import findings_for


def codes(code: str, text: str) -> list[str]:
    return [f.code for f in findings_for(text, jurisdiction="PK", select=(code,))]


CENTRAL = "Government of Pakistan\nMinistry of Interior\nCentral Authority for Mutual Legal Assistance\nIslamabad, Pakistan"
FIA = "Federal Investigation Agency\nCyber Crime Wing\nKarachi, Pakistan"
TO_UK = "To: UK Central Authority, Home Office, London, United Kingdom"
TO_PK_CA = "To: The Central Authority, Ministry of Interior, Islamabad, Pakistan"
TO_PK_FIA = "To: Director General, Federal Investigation Agency, Islamabad, Pakistan"
FROM_CA = "International Assistance Group\nDepartment of Justice Canada\nOttawa, Canada"


def letter(head: str, to: str, *body: str) -> str:
    return "\n\n".join((head, to, *body))


def test_pk101_fires_on_an_outgoing_request_without_the_act() -> None:
    assert codes("PK101", letter(CENTRAL, TO_UK, "Pakistan requests assistance under UNCAC Article 46.")) == ["PK101"]


@pytest.mark.parametrize("text", [
    letter(CENTRAL, TO_UK, "This request is made under the Mutual Legal Assistance (Criminal Matters) Act, 2020 and UNCAC."),
    letter(CENTRAL, TO_UK, "This request is made under section 7 of the MLA Act 2020."),
    letter(FROM_CA, TO_PK_CA, "Canada requests assistance under UNTOC Article 18."),
])
def test_pk101_silent_when_cited_or_incoming(text: str) -> None:
    assert codes("PK101", text) == []


def test_pk102_fires_on_an_agency_request() -> None:
    text = letter(FIA, TO_UK, "The Federal Investigation Agency requests assistance in the investigation of Mr Ali for fraud.")
    assert codes("PK102", text) == ["PK102"]


@pytest.mark.parametrize("text", [
    letter(CENTRAL, TO_UK, "Pakistan requests assistance in the investigation of Mr Ali for fraud."),
    letter(FIA, TO_UK, "The Central Authority of Pakistan transmits this request on behalf of the Federal Investigation Agency."),
    letter(FROM_CA, TO_PK_FIA, "Canada requests assistance."),
])
def test_pk102_silent_through_the_central_authority_or_incoming(text: str) -> None:
    assert codes("PK102", text) == []


SEARCH = "We request that House No. 14, Street 7, F-8/3, Islamabad be searched and that the ledgers found there be seized."


@pytest.mark.parametrize("text", [
    letter(FROM_CA, TO_PK_CA, SEARCH),
    letter(CENTRAL, TO_UK, "We request that the office of Ali Traders Ltd, 12 High Street, Bradford be searched and any documents seized."),
])
def test_pk103_fires_on_a_bare_search_request(text: str) -> None:
    assert codes("PK103", text) == ["PK103"]


@pytest.mark.parametrize("grounds", [
    "On 2 March 2025 the co-accused stated that the ledgers are kept in the study of House No. 14.",
    "There are reasonable grounds to believe that the ledgers are still in the house.",
    "The ledgers were seen at House No. 14 by a police officer on 5 March 2025.",
])
def test_pk103_silent_with_grounds(grounds: str) -> None:
    assert codes("PK103", letter(FROM_CA, TO_PK_CA, grounds, SEARCH)) == []


TRANSFER = "We request the temporary transfer in custody of Mr Faisal Rana, a prisoner in Adiala Jail, to give evidence in Toronto."


def test_pk104_fires_without_consent() -> None:
    assert codes("PK104", letter(FROM_CA, TO_PK_CA, TRANSFER)) == ["PK104"]


@pytest.mark.parametrize("consent", [
    "Mr Rana has consented in writing to the transfer.",
    "Mr Rana is willing to travel to Canada to give evidence.",
])
def test_pk104_silent_with_consent(consent: str) -> None:
    assert codes("PK104", letter(FROM_CA, TO_PK_CA, TRANSFER, consent)) == []


def test_pk104_fires_when_consent_is_refused() -> None:
    assert codes("PK104", letter(FROM_CA, TO_PK_CA, TRANSFER, "Mr Rana has not consented to the transfer.")) == ["PK104"]


def test_pk105_fires_on_a_request_to_an_agency() -> None:
    assert codes("PK105", letter(FROM_CA, TO_PK_FIA, "Canada requests a witness statement from Ms Malik.")) == ["PK105"]


@pytest.mark.parametrize("text", [
    letter(FROM_CA, TO_PK_CA, "Canada requests a witness statement from Ms Malik."),
    letter(FROM_CA, TO_PK_FIA, "A copy of this request is sent to the Central Authority of Pakistan, Ministry of Interior."),
    letter(CENTRAL, TO_UK, "Pakistan requests a witness statement from Ms Malik."),
])
def test_pk105_silent_when_addressed_to_the_central_authority_or_outgoing(text: str) -> None:
    assert codes("PK105", text) == []


DATA = "We request that the subscriber details and call records of mobile number +92 300 1234567 for March 2025 be obtained from Jazz."


def test_pk106_informs_when_preservation_is_not_asked() -> None:
    findings = findings_for(letter(FROM_CA, TO_PK_CA, DATA), jurisdiction="PK", select=("PK106",))
    assert [(f.code, f.severity.value) for f in findings] == [("PK106", "info")]


@pytest.mark.parametrize("text", [
    letter(FROM_CA, TO_PK_CA, DATA, "Pending execution, please arrange for the expedited preservation of these records."),
    letter(FROM_CA, TO_PK_CA, "We request a witness statement from Ms Malik."),
    letter(CENTRAL, TO_UK, "We request that the subscriber details of the account a.khan@example.co.uk be obtained."),
])
def test_pk106_silent_with_preservation_without_data_or_outgoing(text: str) -> None:
    assert codes("PK106", text) == []


def test_pk103_silent_when_the_facts_are_about_the_premises() -> None:
    facts = (
        "Mr Ali's accountant, Fiduciary Partners Ltd, kept his books; on 3 March 2025 a letter from Fiduciary Partners "
        "Ltd giving the account numbers was found at his home."
    )
    search = "We request that the offices of Fiduciary Partners Ltd, 12 Mall Road, Lahore be searched and the client file seized."
    assert codes("PK103", letter(FROM_CA, TO_PK_CA, facts, search)) == []
