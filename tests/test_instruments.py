"""The instruments data file and the citations found in requests (mla_lint.instruments)."""

from __future__ import annotations

import pycountry
import pytest

from mla_lint.analysis import Analysis
from mla_lint.engine import Linter
from mla_lint.instruments import (
    NON_PARTY,
    PARTY,
    UNKNOWN,
    citations,
    instrument,
    instruments,
    legal_basis,
    un_member_states,
    validate_data,
)
from mla_lint.settings import Settings

ISO = {c.alpha_2 for c in pycountry.countries}


def facts_of(linter: Linter, text: str) -> Analysis:
    report = linter.lint_text(text, settings=Settings(select=("MLA202",)))
    assert report.document is not None
    return Analysis(report.document)


def cited(linter: Linter, text: str) -> list[tuple[str | None, tuple[int, ...]]]:
    facts = facts_of(linter, text)
    return [(c.instrument.id if c.instrument else None, c.articles) for c in facts.derived(citations)]


# -- the data file ------------------------------------------------------------------------


def test_data_file_validates() -> None:
    assert validate_data() == []


def test_every_party_code_is_a_real_iso_code_and_every_instrument_has_source_and_date() -> None:
    assert len(un_member_states()) == 193
    assert un_member_states() <= ISO
    for item in instruments():
        assert item.source.startswith("https://"), item.id
        assert item.as_of, item.id
        for group in (item.parties, item.except_, item.also, item.uncertain, item.non_parties):
            assert group <= ISO, (item.id, group - ISO)
        assert not item.parties & item.non_parties, item.id
        if item.kind == "convention":
            assert item.mla_articles, item.id


def test_required_instruments_are_present() -> None:
    ids = {i.id for i in instruments()}
    for required in (
        "untoc", "uncac", "vienna-1988", "ets-30", "ets-99", "ets-182", "budapest", "inter-american-1992",
        "asean-mlat-2004", "harare-scheme", "ecowas-1992", "us-gb-1994", "de-us-2003",
        "gb-cica-2003", "pk-mla-2020", "sg-macma-2000", "ke-mla-2011", "za-iccma-1996", "au-macma-1987",
        "hk-cap-525", "ca-mlacma",
    ):
        assert required in ids
    assert instrument("untoc").mla_articles == frozenset({18})
    assert instrument("uncac").mla_articles == frozenset({46})
    assert 55 in instrument("uncac").related_articles
    assert instrument("vienna-1988").mla_articles == frozenset({7})
    assert {29, 30, 31} <= instrument("budapest").mla_articles
    assert instrument("harare-scheme").kind == "scheme"


def test_party_status_is_conservative() -> None:
    uncac = instrument("uncac")
    assert uncac.status("GB") == PARTY and uncac.status("HK") == PARTY
    assert uncac.status("KP") == NON_PARTY
    assert uncac.status("SY") == UNKNOWN  # listed as uncertain: never reported
    assert uncac.status("TW") == UNKNOWN  # not a UN member and not listed
    assert instrument("de-us-2003").status("PK") == NON_PARTY
    assert instrument("harare-scheme").status("DE") == NON_PARTY
    assert instrument("harare-scheme").status("ZW") == UNKNOWN
    assert instrument("ets-30").status("US") == NON_PARTY
    assert instrument("ets-99").status("FR") == UNKNOWN


# -- citations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This request is made under Article 46 of the United Nations Convention against Corruption.", [("uncac", (46,))]),
        ("The request is made under UNCAC, Article 46(1).", [("uncac", (46,))]),
        ("We rely on Articles 46, 54 and 55 of UNCAC.", [("uncac", (46, 54, 55))]),
        ("Assistance is requested under paragraph 9 of Article 46 of the Merida Convention.", [("uncac", (46,))]),
        ("Request under art. 18 UNTOC.", [("untoc", (18,))]),
        ("Legal basis: Art. 46 par. 13 UNCAC.", [("uncac", (46,))]),
        ("This request is made under UNCAC (Articles 43 and 46).", [("uncac", (43, 46))]),
        ("We rely on Articles 18 and 46 of UNTOC and UNCAC respectively.", [("untoc", ()), ("uncac", ())]),
        ("The request is made under Articles 29 to 31 of the Convention on Cybercrime.", [("budapest", (29, 30, 31))]),
        ("European Convention on Mutual Assistance in Criminal Matters of 20.04.1959, articles 1, 3 and 14.", [("ets-30", (1, 3, 14))]),
        (("This request is made under the Second Additional Protocol to the European Convention on Mutual Assistance "
         "in Criminal Matters."), [("ets-182", ())]),
        ("This request is made under the Harare Scheme.", [("harare-scheme", ())]),
        ("It is made under the Mutual Assistance in Criminal Matters Act 1987 (Cth).", [("au-macma-1987", ())]),
        ("It is made under the Mutual Assistance in Criminal Matters Act 2000 of Singapore.", [("sg-macma-2000", ())]),
        ("It will be executed under the International Co-operation in Criminal Matters Act 75 of 1996.", [("za-iccma-1996", ())]),
    ],
)
def test_citations_and_their_articles(linter: Linter, text: str, expected: list[tuple[str, tuple[int, ...]]]) -> None:
    assert cited(linter, text) == expected


def test_an_abbreviation_after_the_full_name_is_one_citation(linter: Linter) -> None:
    text = "This request is made under Article 18 of the United Nations Convention against Transnational Organized Crime (UNTOC)."
    assert cited(linter, text) == [("untoc", (18,))]


def test_an_article_after_a_name_that_belongs_to_the_next_name_is_not_taken(linter: Linter) -> None:
    text = "This request is made under UNTOC, Article 46 of UNCAC and the law of the requested state."
    assert cited(linter, text) == [("untoc", ()), ("uncac", (46,))]


def test_bilateral_treaty_by_its_parties(linter: Linter) -> None:
    text = (
        "The request is made under Article 1 of the Treaty between the Federal Republic of Germany and the United "
        "States of America on Mutual Legal Assistance in Criminal Matters, signed at Washington on 14 October 2003."
    )
    assert cited(linter, text) == [("de-us-2003", (1,))]


def test_bilateral_treaty_not_in_the_data_is_an_unknown_citation_with_its_parties(linter: Linter) -> None:
    facts = facts_of(linter, "The request is made under the Treaty between the Republic of Kenya and the Republic of "
                             "Uganda on Mutual Legal Assistance in Criminal Matters.")
    (citation,) = facts.derived(citations)
    assert citation.instrument is None
    assert set(citation.parties) == {"KE", "UG"}


def test_back_reference_to_the_one_convention_cited(linter: Linter) -> None:
    text = (
        "This request is made under Article 18 of the United Nations Convention against Transnational Organized Crime.\n\n"
        "Bank secrecy is no ground for refusal under Article 18(8) of the Convention."
    )
    facts = facts_of(linter, text)
    back = [c for c in facts.derived(citations) if c.back_reference]
    assert [(c.instrument.id, c.articles) for c in back if c.instrument] == [("untoc", (18,))]


def test_negated_treaty_is_not_a_basis(linter: Linter) -> None:
    facts = facts_of(linter, "In the absence of a Mutual Legal Assistance Treaty between Kenya and Pakistan, we ask for help.")
    basis = facts.derived(legal_basis)
    assert not basis.instruments


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan assures the United Kingdom that it will render assistance of the same kind in a comparable case.",
        "Kenya will, if asked, give the same help to South Africa in a comparable matter.",
        "This request is made on the basis of reciprocity.",
        "We will reciprocate in comparable cases.",
    ],
)
def test_reciprocity_undertakings(linter: Linter, text: str) -> None:
    assert facts_of(linter, text).derived(legal_basis).reciprocity is not None


def test_absence_of_reciprocity_is_not_an_undertaking(linter: Linter) -> None:
    facts = facts_of(linter, "The request is made in the absence of reciprocity arrangements.")
    assert facts.derived(legal_basis).reciprocity is None
