"""EIO101-EIO106 on short texts: where each must fire and realistic texts where it must stay silent."""

from __future__ import annotations

import pytest

from mla_lint.testing import findings_for


def codes(code: str, text: str) -> list[str]:
    return [f.code for f in findings_for(text, jurisdiction="EIO", select=(code,))]


FORM = "EUROPEAN INVESTIGATION ORDER (EIO)\n\nA. Issuing State: {issuing}\nExecuting State: {executing}\n\n"
BE_NL = FORM.format(issuing="Belgium", executing="Netherlands")
JUDGE = "\n\nK. Issuing authority: Sophie Lambert, investigating judge, Tribunal de première instance de Bruxelles"
BANK = "C. Investigative measures to be carried out\n\n1. Obtain the statements of account NL91 ABNA 0417 1643 00 held by Vermeulen BV at ABN AMRO Bank for 2023 and 2024."


@pytest.mark.parametrize("text", [
    FORM.format(issuing="France", executing="Ireland") + "Please hear Ms Murphy as a witness.",
    FORM.format(issuing="Denmark", executing="Germany") + "Please hear Mr Schulz as a witness.",
    "To: Department of Justice, Dublin, Ireland\n\nThe Public Prosecutor of Paris issues this European Investigation Order.",
])
def test_eio101_fires_on_eios_to_or_from_denmark_or_ireland(text: str) -> None:
    assert codes("EIO101", text) == ["EIO101"]


@pytest.mark.parametrize("text", [
    "To: Department of Justice, Dublin, Ireland\n\nThe Public Prosecutor of Paris requests mutual legal assistance under the 1959 Convention.",
    BE_NL + "Please hear Mr de Vries as a witness.",
])
def test_eio101_silent_on_mla_requests_to_ireland_and_eios_between_bound_states(text: str) -> None:
    assert codes("EIO101", text) == []


def test_eio102_fires_on_an_old_style_letter_between_bound_states() -> None:
    text = (
        "Fiscalía Provincial de Málaga, Spain\n\nTo: Ministero della Giustizia, Rome, Italy\n\nThe Provincial "
        "Prosecutor's Office of Málaga requests assistance under the European Convention on Mutual Assistance in "
        "Criminal Matters of 1959."
    )
    assert codes("EIO102", text) == ["EIO102"]


@pytest.mark.parametrize("text", [
    BE_NL + "Please hear Mr de Vries as a witness.",
    "Fiscalía Provincial de Málaga, Spain\n\nTo: Department of Justice, Dublin, Ireland\n\nWe request assistance under the 1959 Convention.",
    "Prokuratura Krajowa, Warsaw, Poland\n\nTo: Prosecutor General of Ukraine, Kyiv, Ukraine\n\nWe request assistance under the 1959 Convention.",
])
def test_eio102_silent_on_eios_and_requests_outside_the_directive(text: str) -> None:
    assert codes("EIO102", text) == []


def test_eio103_fires_without_necessity_and_proportionality() -> None:
    assert codes("EIO103", BE_NL + BANK + "\n\nThe statements are necessary to trace the money." + JUDGE) == ["EIO103"]


@pytest.mark.parametrize("sentence", [
    "The issuing authority certifies that this EIO is necessary and proportionate for the purpose of the proceedings.",
    "The measure is proportionate to the seriousness of the fraud, and necessary because no other source holds the records.",
    "Necessity and proportionality: the bank is the only source of the evidence and the loss exceeds one million euros.",
])
def test_eio103_silent_with_the_assessment(sentence: str) -> None:
    assert codes("EIO103", BE_NL + BANK + "\n\n" + sentence + JUDGE) == []


def test_eio104_warns_twice_without_dual_criminality_annex_d_or_penalty() -> None:
    findings = findings_for(BE_NL + BANK + JUDGE, jurisdiction="EIO", select=("EIO104",))
    assert [(f.code, f.severity.value) for f in findings] == [("EIO104", "warning"), ("EIO104", "warning")]


def test_eio104_errs_when_the_penalty_is_under_three_years() -> None:
    text = BE_NL + BANK + "\n\nG. The offence, theft (Annex D category), is punishable by up to two years' imprisonment." + JUDGE
    findings = findings_for(text, jurisdiction="EIO", select=("EIO104",))
    assert [(f.code, f.severity.value) for f in findings] == [("EIO104", "error")]


@pytest.mark.parametrize("grounds", [
    "G. The offence falls within the Annex D category 'swindling' and is punishable by up to five years' imprisonment.",
    "G. The conduct would, if it had occurred in the Netherlands, constitute fraud under article 326 of the Dutch Criminal Code.",
])
def test_eio104_silent_with_annex_d_and_penalty_or_dual_criminality(grounds: str) -> None:
    assert codes("EIO104", BE_NL + BANK + "\n\n" + grounds + JUDGE) == []


def test_eio104_silent_for_non_coercive_measures() -> None:
    assert codes("EIO104", BE_NL + "C. Investigative measures\n\n1. Provide a copy of the judgment of 3 May 2023 against Mr de Vries." + JUDGE) == []


def test_eio105_fires_on_a_police_eio_without_validation() -> None:
    text = (
        "Landeskriminalamt Nordrhein-Westfalen, Düsseldorf, Germany\n\nTo: District Prosecutor's Office, Warsaw, Poland\n\n"
        "EUROPEAN INVESTIGATION ORDER\n\nThe Landeskriminalamt issues this EIO in the investigation of Mr Nowak.\n\n"
        "Jens Müller\nKriminalhauptkommissar"
    )
    assert codes("EIO105", text) == ["EIO105"]


@pytest.mark.parametrize("authority", [
    JUDGE,
    "\n\nL. Validated by the Public Prosecutor's Office of Vilnius on 3 March 2025.",
    "\n\nK. Issuing authority: Staatsanwaltschaft Wien, Dr. Anna Huber",
])
def test_eio105_silent_for_judicial_or_validated_eios(authority: str) -> None:
    assert codes("EIO105", BE_NL + BANK + authority) == []


def test_eio106_fires_without_a_translation() -> None:
    assert codes("EIO106", FORM.format(issuing="Belgium", executing="Poland") + BANK + JUDGE) == ["EIO106"]


@pytest.mark.parametrize("text", [
    FORM.format(issuing="Belgium", executing="Poland") + "A Polish translation is attached.\n\n" + BANK + JUDGE,
    FORM.format(issuing="Belgium", executing="Poland") + "Language: English (accepted by the executing state).\n\n" + BANK + JUDGE,
    FORM.format(issuing="Belgium", executing="Malta") + BANK + JUDGE,
])
def test_eio106_silent_with_translation_accepted_english_or_english_speaking_state(text: str) -> None:
    assert codes("EIO106", text) == []
