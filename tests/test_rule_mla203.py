"""MLA203 requested-state-mismatch: addressed to one state, another put in the requested role elsewhere."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

HEAD = (
    "Government of Pakistan\nMinistry of Interior\nIslamabad\n\n"
    "UK Central Authority\nHome Office\n2 Marsham Street\nLondon SW1P 4DF\nUnited Kingdom\n\n"
    "Request for Mutual Legal Assistance\n\n"
)
SIGNATURE = "\n\n(Signed)\nMuhammad Tariq Aziz\nJoint Secretary, Ministry of Interior"


def findings(linter: Linter, body: str):  # type: ignore[no-untyped-def]
    return list(linter.lint_text(HEAD + body + SIGNATURE, settings=Settings(select=("MLA203",))).findings)


@pytest.mark.parametrize(
    ("body", "at"),
    [
        ("The conduct would constitute an offence under the law of Ireland.", "Ireland"),
        ("The conduct would, if it had occurred in Ireland, constitute theft.", "Ireland"),
        ("Had these events taken place in Canada they would amount to fraud.", "Canada"),
        ("These offences are also crimes under Irish law.", "Irish"),
        ("The competent authorities of Ireland are requested to obtain the bank records.", "Ireland"),
        ("We kindly ask that the competent Irish authorities obtain the bank records.", "Irish"),
        ("The Central Authority of Ireland is asked to transmit the records to us.", "Ireland"),
    ],
)
def test_fires_at_the_other_state(linter: Linter, body: str, at: str) -> None:
    (finding,) = findings(linter, body)
    assert finding.severity.value == "error"
    assert finding.location is not None
    start, end = finding.location.start, finding.location.end
    assert (HEAD + body + SIGNATURE).split("\n\n")[3][start:end] == at
    assert finding.related and "United Kingdom" in finding.related[0].message


@pytest.mark.parametrize(
    "body",
    [
        # the requested state itself, in its legal units
        "The conduct would, if it had occurred in England and Wales, constitute fraud contrary to the Fraud Act 2006.",
        "The competent authorities of the United Kingdom are requested to obtain the records.",
        "The conduct would constitute an offence under the law of Scotland.",
        # the requesting state's own law and authorities
        "The suspects are also investigated for cheating contrary to section 420 of the Pakistan Penal Code.",
        "The Central Authority of Pakistan asks that the competent authorities of the United Kingdom obtain the records.",
        # third countries in the facts
        ("The suspect sent USD 1,000,000 to accounts in the United Arab Emirates and Hong Kong through a company "
        "registered in Cyprus."),
        "He was also convicted in Germany of fraud in 2015.",
        ("The conduct, which took place in Pakistan and the United Arab Emirates, would constitute fraud under the law "
        "of England and Wales."),
        # parallel requests to other states
        "A similar request has been sent to the Central Authority of Switzerland.",
        "The competent authorities of Switzerland have already been sent a separate request.",
    ],
)
def test_silent(linter: Linter, body: str) -> None:
    assert findings(linter, body) == []


def test_silent_without_an_addressee_or_definition(linter: Linter) -> None:
    text = (
        "The competent authorities of the United Kingdom are requested to obtain the records.\n\n"
        "The conduct would constitute an offence under the law of Ireland."
    )
    assert list(linter.lint_text(text, settings=Settings(select=("MLA203",))).findings) == []


def test_definition_against_addressee(linter: Linter) -> None:
    body = "This request is addressed by Pakistan to Ireland (the Requested State)."
    (finding,) = findings(linter, body)
    assert "Ireland" in finding.message or "United Kingdom" in finding.message


def test_a_territory_named_with_its_sovereign_is_not_a_mismatch(linter: Linter) -> None:
    text = (
        "U.S. Department of Justice\nOffice of International Affairs\nWashington, DC, United States of America\n\n"
        "Mutual Legal Assistance Unit\nDepartment of Justice\nCentral, Hong Kong SAR, China\n\n"
        "Request for Mutual Legal Assistance\n\n"
        "The conduct would constitute offences under the laws of Hong Kong, and under the law of the People's Republic "
        "of China as applied in the Hong Kong Special Administrative Region.\n\n"
        "The competent authorities of Hong Kong are requested to obtain the records of account 123-456."
    )
    assert list(linter.lint_text(text, settings=Settings(select=("MLA203",))).findings) == []


@pytest.mark.parametrize(
    "body",
    [
        "He committed the offence in Latvia and would have fled had he not been arrested.",
        "He was convicted under the law of Latvia in 2015, and the money would later be moved to Estonia.",
        "The proceeds of the offence would be laundered in Latvia.",
    ],
)
def test_facts_that_mention_an_offence_abroad_are_not_dual_criminality(linter: Linter, body: str) -> None:
    assert findings(linter, body) == []


def test_name_as_modifier_of_authorities(linter: Linter) -> None:
    (finding,) = findings(linter, "The Irish authorities are requested to obtain the bank records.")
    assert finding.code == "MLA203"
    (finding,) = findings(linter, "The Singapore authorities are kindly requested to obtain the bank records.")
    assert "Singapore" in finding.message
