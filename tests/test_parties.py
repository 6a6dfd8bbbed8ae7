"""Who is asking whom (mla_lint.parties), country mentions (mla_lint.countries), and MLA202's generic Requested State."""

from __future__ import annotations

import pytest

from mla_lint.analysis import Analysis
from mla_lint.countries import country_mentions, country_of
from mla_lint.engine import Linter
from mla_lint.parties import Parties, parties
from mla_lint.settings import Settings


def facts_of(linter: Linter, text: str) -> Analysis:
    report = linter.lint_text(text, settings=Settings(select=("MLA202",)))
    assert report.document is not None
    return Analysis(report.document)


def parties_of(linter: Linter, text: str) -> Parties:
    return facts_of(linter, text).derived(parties)


def mentioned(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.alpha2) for m in facts_of(linter, text).derived(country_mentions)]


# -- countries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Pakistan", "PK"), ("Islamic Republic of Pakistan", "PK"), ("Pakistani", "PK"), ("Republic of Korea", "KR"),
        ("United Kingdom", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Northern Ireland", "GB"),
        ("Hong Kong", "HK"), ("Holland", "NL"), ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("Democratic Republic of the Congo", "CD"), ("Republic of the Congo", "CG"),
    ],
)
def test_country_names_from_the_libraries(name: str, code: str) -> None:
    assert country_of(name) == code


def test_ambiguous_forms_name_no_state() -> None:
    assert country_of("Congo") is None
    assert country_of("Korea") is None


def test_longest_name_wins_and_words_that_are_not_countries_are_left(linter: Linter) -> None:
    text = (
        "He flew from Papua New Guinea to Nigeria, not Niger, and then to the Dominican Republic. Mr Jordan and "
        "Chad Smith ate turkey in Atlanta, Georgia, USA. The office is at 102 Petty France, London. PLEASE SEND US "
        "THE FILE. He lives in New Jersey."
    )
    found = mentioned(linter, text)
    codes = [code for _, code in found]
    assert ("Papua New Guinea", "PG") in found and ("Nigeria", "NG") in found and ("Niger", "NE") in found
    assert ("Dominican Republic", "DO") in found and "DM" not in codes and "GN" not in codes
    assert "JO" not in codes and "TD" not in codes and "TR" not in codes
    assert "GE" not in codes and "FR" not in codes and "JE" not in codes
    assert codes.count("US") == 1  # "USA", not the pronoun in capitals


# -- parties ----------------------------------------------------------------------------------

LETTER = (
    "Office of the Director of Public Prosecutions\nP.O. Box 30701\nNairobi, Kenya\n\n"
    "Our ref: ODPP/MLA/14/2024\n12 April 2024\n\n"
    "The Director-General\nDepartment of Justice and Constitutional Development\nPretoria 0001\nRepublic of South Africa\n\n"
    "Dear Director-General,\n\n"
    "We ask for the help of the Republic of South Africa in obtaining the evidence of a witness.\n\n"
    "Had these events taken place in South Africa they would amount to fraud at common law.\n\n"
    "Yours faithfully,\n\n(Signed)\nWanjiru Kamau\nDeputy Director of Public Prosecutions"
)


def test_letterhead_addressee_and_signature(linter: Linter) -> None:
    found = parties_of(linter, LETTER)
    assert (found.requesting_state, found.requested_state) == ("KE", "ZA")
    assert found.requested_source == "addressee"
    assert found.requesting_authority is not None
    assert "Director of Public Prosecutions" in found.requesting_authority.text
    assert {r.source for r in found.requested_roles} >= {"addressee", "dual-criminality"}


def test_prose_without_letterhead(linter: Linter) -> None:
    text = (
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE\n\n"
        "The Public Prosecution Service of the Netherlands requests the competent authorities of the Republic of "
        "Singapore to obtain the bank records described below.\n\n"
        "The conduct would constitute cheating under section 420 of the Penal Code of Singapore."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state) == ("NL", "SG")
    assert found.requesting_authority is not None


def test_definitions_of_the_requested_and_requesting_state(linter: Linter) -> None:
    text = (
        "This letter is sent by the United Kingdom (the Requesting State) to the Republic of Kenya (hereinafter "
        "\"the Requested State\") for the restraint of assets."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state) == ("GB", "KE")
    assert found.requested_source == "definition"


def test_to_and_from_lines(linter: Linter) -> None:
    text = (
        "To: Ministry of Justice and Public Order of the Republic of Cyprus\nNicosia, Cyprus\n\n"
        "From: Prosecutor General's Office, Chisinau, Republic of Moldova\n\n"
        "Please give us certified copies of the bank statements of account CY73 0050 0215."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state) == ("MD", "CY")


def test_demonym_authorities_asking_and_asked(linter: Linter) -> None:
    text = (
        "The Brazilian authorities ask that the competent Portuguese authorities obtain the account records of "
        "Banco Atlantico."
    )
    found = parties_of(linter, text)
    assert found.requesting_state == "BR"
    assert found.requested_state == "PT"


def test_third_countries_in_the_facts_play_no_role(linter: Linter) -> None:
    text = LETTER.replace(
        "We ask for the help",
        "The money was sent to accounts in the United Arab Emirates and Hong Kong through a company registered in "
        "Cyprus. A similar request has been sent to the Central Authority of Switzerland.\n\nWe ask for the help",
    )
    found = parties_of(linter, text)
    assert {r.alpha2 for r in found.requested_roles} == {"ZA"}


def test_a_state_that_asks_through_its_central_authority_is_the_requesting_state(linter: Linter) -> None:
    text = (
        "The Central Authority of Pakistan asks that the competent authorities of the United Kingdom obtain the "
        "bank records listed below."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state) == ("PK", "GB")


def test_no_parties_in_a_text_that_names_none(linter: Linter) -> None:
    found = parties_of(linter, "Please obtain the bank records of account 12345 held at Gulf Bank.")
    assert found.requesting_state is None and found.requested_state is None and found.requesting_authority is None


# -- MLA202: "Requested State" left generic ------------------------------------------------------------


def mla202(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=("MLA202",)))
    return [f.excerpt or "" for f in report.findings]


@pytest.mark.parametrize(
    "text",
    [
        ("To the Central Authority of the Requested State\n\nThe Requested State is asked to obtain the bank records "
        "of account 12345. The suspect moved money to the United Arab Emirates."),
        "Request for assistance\n\nWe kindly ask the requested country to interview the witness John Smith.",
    ],
)
def test_generic_requested_state_fires_once(linter: Linter, text: str) -> None:
    assert len(mla202(linter, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        LETTER + "\n\nThe Requested State is asked to keep this request confidential.",
        "The Government of Kenya (the Requested State) is asked to obtain the records.",
        "The competent authorities of Ireland are requested to obtain the records. The Requested State may refuse.",
    ],
)
def test_generic_requested_state_is_silent_when_the_state_is_named(linter: Linter, text: str) -> None:
    assert mla202(linter, text) == []


def test_bracketed_requested_state_is_reported_once(linter: Linter) -> None:
    findings = mla202(linter, "The competent authorities of [Requested State] are requested to obtain the records.")
    assert len(findings) == 1


def test_from_and_to_lines_in_one_block(linter: Linter) -> None:
    text = (
        "From: Ministry of Justice, Republic of Latvia\nTo: Home Office, UK Central Authority\n\n"
        "Dear colleagues,\n\nWe request your assistance in obtaining a witness statement. The acts would be "
        "punishable under UK law as fraud."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state) == ("LV", "GB")
    assert found.requesting_authority is not None and "Ministry of Justice" in found.requesting_authority.text


def test_addressee_after_a_ministry_of_justice_line(linter: Linter) -> None:
    text = (
        "U.S. Department of Justice\nOffice of International Affairs\nWashington, D.C. 20530\n\n"
        "Ministry of Justice\nRepublic of Colombia\nBogota\n\nREQUEST FOR ASSISTANCE\n\n"
        "The United States requests that the competent Colombian authorities obtain records from Banco del Valle."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state, found.requested_source) == ("US", "CO", "addressee")


def test_form_style_state_labels(linter: Linter) -> None:
    text = (
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE\n\n"
        "Requesting State: Republic of Poland\nRequested State: Federal Republic of Germany\n"
        "Requesting authority: Regional Prosecutor's Office in Warsaw\n\n"
        "The Requested State is asked to hear the witness Hans Muller. The acts are also offences under German law."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state, found.requested_source) == ("PL", "DE", "definition")
    assert found.requesting_authority is not None


def test_form_fields_after_a_certification_name_the_states(linter: Linter) -> None:
    text = (
        "EUROPEAN INVESTIGATION ORDER (EIO)\n\n"
        "This EIO has been issued by a competent authority. The issuing authority certifies that the measure is "
        "necessary.\n\nA. Issuing State: Austria\nExecuting State: Czech Republic\n\n"
        "C. Investigative measures to be carried out: search of the garage."
    )
    found = parties_of(linter, text)
    assert (found.requesting_state, found.requested_state) == ("AT", "CZ")
