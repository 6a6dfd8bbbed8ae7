"""UK101-UK107 on short texts: where each must fire and realistic texts where it must stay silent."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def codes(linter: Linter, code: str, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(code,), jurisdiction=("UK",)))
    return [f.code for f in report.findings]


ADDRESS = "To: UK Central Authority, Home Office, 2 Marsham Street, London SW1P 4DF, United Kingdom\n\n"


@pytest.mark.parametrize("text", [
    "The accused is charged under section 9(c) of the Control of Narcotic Substances Act 1997, which is punishable by death.",
    "Murder under section 302 of the Penal Code is a capital offence in Bangladesh.",
    "If convicted, the accused faces the death penalty or imprisonment for life.",
])
def test_uk101_fires_on_a_capital_offence_without_assurance(linter: Linter, text: str) -> None:
    assert codes(linter, "UK101", ADDRESS + text) == ["UK101"]


@pytest.mark.parametrize("text", [
    "The offence is punishable by death. The Government of Pakistan assures the United Kingdom that the death penalty will not be sought, imposed or carried out.",
    "The offence is punishable by death; however, we undertake that a sentence of death will not be imposed.",
    "Trafficking is a capital offence in our law. The death penalty will not be sought in this case.",
    "The Philippines abolished the death penalty in 2006; the offence is punishable by life imprisonment.",
    "The offence of fraud carries a maximum penalty of ten years' imprisonment.",
])
def test_uk101_silent_with_assurance_or_no_capital_charge(linter: Linter, text: str) -> None:
    assert codes(linter, "UK101", ADDRESS + text) == []


@pytest.mark.parametrize("text", [
    "Mr Smit is suspected of VAT fraud committed through a chain of missing traders.",
    "The suspect is under investigation for the evasion of income tax on undeclared rental income.",
    "The company fraudulently evaded excise duty on 40 million cigarettes.",
])
def test_uk102_fires_on_tax_offences_not_sent_to_hmrc(linter: Linter, text: str) -> None:
    assert codes(linter, "UK102", ADDRESS + text) == ["UK102"]


@pytest.mark.parametrize("text", [
    "To: HM Revenue & Customs, Mutual Legal Assistance Team, London\n\nMr Smit is suspected of VAT fraud.",
    "Mr Khan is suspected of drug trafficking. We ask for his tax returns for 2021 and 2022 from the tax authorities.",
    "The suspect laundered the proceeds of fraud through a company in Leeds.",
    "The investigation is conducted by the Central Office for Combating Corruption and Financial and Tax Offences (OCLCIFF).",
    "The evidence will be used only for this prosecution for bribery, and not for the investigation of tax offences.",
    "He is serving a sentence imposed in an unrelated customs fraud case.",
])
def test_uk102_silent_for_hmrc_or_non_tax_offences(linter: Linter, text: str) -> None:
    assert codes(linter, "UK102", ADDRESS + text) == []


def test_uk103_fires_when_everything_is_in_scotland(linter: Linter) -> None:
    text = ADDRESS + "We ask that Ms Fiona Campbell of 4 Union Street, Aberdeen AB11 6BD be interviewed as a witness."
    assert codes(linter, "UK103", text) == ["UK103"]


@pytest.mark.parametrize("text", [
    "To: Crown Office, International Co-operation Unit, Edinburgh EH1 1LA\n\nWe ask that Ms Campbell of Glasgow be interviewed.",
    ADDRESS + "We ask that witnesses in Glasgow and in Manchester be interviewed.",
    ADDRESS + "We ask that the records of Barclays Bank plc, London E14 5HP, be obtained.",
])
def test_uk103_silent_when_not_scotland_only_or_sent_to_the_crown_office(linter: Linter, text: str) -> None:
    assert codes(linter, "UK103", text) == []


FRENCH = (
    "Nous, juge d'instruction au tribunal judiciaire de Paris, vu l'information suivie contre M. Dupont des chefs "
    "d'escroquerie et de blanchiment, prions les autorités compétentes du Royaume-Uni de bien vouloir procéder à "
    "l'audition de M. Martin en qualité de témoin et à la communication des relevés bancaires du compte ouvert au nom "
    "de la société Dupont Ltd pour la période du 1er janvier au 30 juin 2024. Les faits sont punis de dix ans "
    "d'emprisonnement par les articles 313-1 et 324-1 du code pénal. Fait à Paris le 3 mars 2025."
)


def test_uk104_fires_on_a_request_in_french(linter: Linter) -> None:
    assert codes(linter, "UK104", ADDRESS + FRENCH) == ["UK104"]


def test_uk104_silent_on_english_with_foreign_names_and_quotes(linter: Linter) -> None:
    text = ADDRESS + (
        "The investigating judge of the Tribunal judiciaire de Paris is investigating Mr Jean-Pierre Dupont for "
        "escroquerie en bande organisée (organised fraud) under article 313-1 of the Code pénal. Between January and "
        "June 2024 he obtained transfers of 2.3 million euros from companies in Lyon by pretending to be their usual "
        "supplier, and the money was paid into an account of Dupont Ltd in London. We ask that the statements of that "
        "account be obtained and that the branch manager be interviewed as a witness about the opening of the account."
    )
    assert codes(linter, "UK104", text) == []


@pytest.mark.parametrize("text", [
    "We request that all bank records relating to Mr Dela Cruz be obtained.",
    "Please obtain the bank statements of the suspect.",
])
def test_uk105_fires_twice_when_account_and_period_are_missing(linter: Linter, text: str) -> None:
    assert codes(linter, "UK105", ADDRESS + text) == ["UK105", "UK105"]


def test_uk105_fires_once_when_only_the_period_is_missing(linter: Linter) -> None:
    text = ADDRESS + "Please obtain the statements of account 41234567, sort code 20-45-77, at Barclays Bank plc."
    assert codes(linter, "UK105", text) == ["UK105"]


@pytest.mark.parametrize("text", [
    "Please obtain the statements of account 41234567, sort code 20-45-77, from 1 January 2023 to 31 December 2024.",
    "Please obtain the statements of all accounts held by Northgate Trading Ltd at HSBC UK for the period 2021 to 2023.",
    "Please obtain from Southern Cross Payments Ltd, for the period 1 October 2023 to 29 February 2024 and for the merchant account of Koala Gift Co Ltd, the records of every card transaction.",
    "We ask that Mr Jones be interviewed as a witness.",
])
def test_uk105_silent_on_specific_or_non_banking_requests(linter: Linter, text: str) -> None:
    assert codes(linter, "UK105", ADDRESS + text) == []


BODY = (
    "The Prosecutor General's Office investigates Mr Petrov for fraud.\n\n"
    "We request that the competent authorities obtain the statements of account 41234567 from 1 January 2023 to "
    "31 December 2024.\n\nThe records will show where the proceeds went.\n\nThe records will be used only in these "
    "proceedings.\n\nContact: Ms Ivanova, +359 2 123 4567.\n\nSofia, 3 March 2025\nProsecutor General's Office"
)


def test_uk106_fires_when_urgency_is_only_at_the_bottom(linter: Linter) -> None:
    text = ADDRESS + BODY + "\n\nThe trial begins on 1 May 2025, so we would be grateful if this request were dealt with urgently."
    assert codes(linter, "UK106", text) == ["UK106"]


@pytest.mark.parametrize("text", [
    "URGENT - TRIAL ON 1 MAY 2025\n\n" + ADDRESS + BODY + "\n\nThe trial begins on 1 May 2025; please deal with this urgently.",
    ADDRESS + "Subject: Urgent request for bank records\n\n" + BODY,
    ADDRESS + BODY,
    ADDRESS + BODY + "\n\nTiming\n\nThe trial begins on 1 May 2025, so we ask that this request be executed as a matter of priority.",
])
def test_uk106_silent_when_marked_at_top_in_an_urgency_section_or_not_urgent(linter: Linter, text: str) -> None:
    assert codes(linter, "UK106", text) == []


def test_uk107_fires_on_a_police_request(linter: Linter) -> None:
    text = (
        "Metro City Police Department\nCriminal Investigation Division\nManila, Philippines\n\n" + ADDRESS
        + "The Metro City Police Department requests assistance in the investigation of Mr Reyes for fraud.\n\n"
        "We ask that Mr Jones be interviewed as a witness.\n\nPolice Major Liza Santos\nChief, Criminal Investigation Division"
    )
    assert codes(linter, "UK107", text) == ["UK107"]


@pytest.mark.parametrize("letterhead", [
    "Office of the Public Prosecutor\nManila, Philippines",
    "Department of Justice\nOffice of the Chief State Counsel\nManila, Philippines",
])
def test_uk107_silent_on_prosecutors_and_central_authorities(linter: Linter, letterhead: str) -> None:
    text = (
        letterhead + "\n\n" + ADDRESS + "This office requests assistance in the investigation of Mr Reyes for fraud, "
        "conducted by the Philippine National Police.\n\nWe ask that Mr Jones be interviewed as a witness.\n\n"
        "Maria Cruz\nSenior State Prosecutor"
    )
    assert codes(linter, "UK107", text) == []
