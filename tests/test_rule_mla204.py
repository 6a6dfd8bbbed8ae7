"""MLA204 treaty-applicability: instruments binding both states, their mutual-assistance articles, unknown ones."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def letter(sender: str, sender_country: str, addressee: str, country: str, basis: str) -> str:
    return (
        f"{sender}\n{sender_country}\n\n{addressee}\n{country}\n\nRequest for Mutual Legal Assistance\n\n{basis}\n\n"
        "The suspect defrauded investors of USD 2 million.\n\n(Signed)\nA. Officer\nDirector"
    )


PK_UK = ("Ministry of Interior", "Islamabad, Pakistan", "UK Central Authority\nHome Office", "United Kingdom")
DE_US = ("Generalstaatsanwaltschaft Frankfurt am Main", "Frankfurt, Germany", "Office of International Affairs\nU.S. Department of Justice", "United States of America")
KE_ZA = ("Office of the Director of Public Prosecutions", "Nairobi, Kenya", "Department of Justice\nPretoria", "Republic of South Africa")
UK_AU = ("Crown Prosecution Service", "London, United Kingdom", "Attorney-General's Department\nCanberra", "Australia")


def findings(linter: Linter, parties: tuple[str, str, str, str], basis: str) -> list[tuple[str, str]]:
    report = linter.lint_text(letter(*parties, basis), settings=Settings(select=("MLA204",)))
    return [(f.severity.value, f.excerpt or "") for f in report.findings]


@pytest.mark.parametrize(
    ("parties", "basis"),
    [
        (PK_UK, ("This request is made under Article 46 of the United Nations Convention against Corruption and Article 18 "
                "of the United Nations Convention against Transnational Organized Crime (UNTOC).")),
        (PK_UK, "The request is made under UNCAC, Article 46(1), and Articles 54 and 55 of that Convention."),
        (DE_US, ("The request is made under Article 1 of the Treaty between the Federal Republic of Germany and the United "
                "States of America on Mutual Legal Assistance in Criminal Matters, signed at Washington on 14 October 2003.")),
        (PK_UK, "The request is made under Article 7 of the 1988 Vienna Convention."),
        (UK_AU, ("This request is made under the Scheme relating to Mutual Assistance in Criminal Matters within the "
                "Commonwealth and the Mutual Assistance in Criminal Matters Act 1987 (Cth).")),
        (KE_ZA, ("We make this request under the Mutual Legal Assistance Act, 2011 of Kenya and the International "
                "Co-operation in Criminal Matters Act 75 of 1996.")),
        (DE_US, ("The data were preserved under Articles 29 and 30 of the Budapest Convention; this request is made under "
                "Article 31 of the Convention on Cybercrime.")),
        # an offence defined by a convention is not a legal-basis citation
        (PK_UK, ("This request is made under Article 46 of UNCAC. Bribery is an offence established under Article 15 of "
                "UNCAC.")),
    ],
)
def test_silent_on_correct_citations(linter: Linter, parties: tuple[str, str, str, str], basis: str) -> None:
    assert findings(linter, parties, basis) == []


def test_wrong_article_of_uncac(linter: Linter) -> None:
    result = findings(linter, PK_UK, "This request is made under Article 18 of the United Nations Convention against Corruption.")
    assert result == [("warning", result[0][1])]
    assert "Article 18 of the United Nations Convention against Corruption" in result[0][1]


def test_wrong_article_after_the_name(linter: Linter) -> None:
    result = findings(linter, PK_UK, "The request is made under UNTOC Article 46.")
    assert [severity for severity, _ in result] == ["warning"]


def test_article_that_does_not_exist(linter: Linter) -> None:
    result = findings(linter, PK_UK, "The request is made under Article 46 of the European Convention on Mutual "
                                     "Assistance in Criminal Matters.")
    assert len(result) == 2  # the article does not exist, and neither Pakistan is a party


def test_bilateral_treaty_between_other_states(linter: Linter) -> None:
    result = findings(linter, PK_UK, "The request is made under the Treaty between the Federal Republic of Germany and the "
                                     "United States of America on Mutual Legal Assistance in Criminal Matters.")
    assert [severity for severity, _ in result] == ["warning", "warning"]  # neither Pakistan nor the UK is a party


def test_regional_instrument_of_another_region(linter: Linter) -> None:
    result = findings(linter, DE_US, "The request is made under the European Convention on Mutual Assistance in "
                                     "Criminal Matters.")
    assert [severity for severity, _ in result] == ["warning"]  # the United States is not a party


def test_harare_scheme_outside_the_commonwealth(linter: Linter) -> None:
    result = findings(linter, DE_US, "The request is made under the Harare Scheme.")
    assert len(result) == 2


def test_unknown_bilateral_treaty_is_unverifiable_info(linter: Linter) -> None:
    result = findings(linter, KE_ZA, "The request is made under the Treaty between the Republic of Kenya and the Republic "
                                     "of South Africa on Mutual Legal Assistance in Criminal Matters.")
    assert [severity for severity, _ in result] == ["info"]


def test_unknown_bilateral_treaty_of_other_parties_is_a_warning(linter: Linter) -> None:
    result = findings(linter, KE_ZA, "The request is made under the Treaty between the Republic of Kenya and the Republic "
                                     "of Uganda on Mutual Legal Assistance in Criminal Matters.")
    assert [severity for severity, _ in result] == ["warning"]


def test_domestic_law_of_a_third_state(linter: Linter) -> None:
    result = findings(linter, KE_ZA, "This request is made under the Mutual Assistance in Criminal Matters Act 2000 of "
                                     "Singapore.")
    assert [severity for severity, _ in result] == ["warning"]


def test_uncertain_party_status_is_never_reported(linter: Linter) -> None:
    syria = ("Ministry of Justice", "Damascus, Syria", "UK Central Authority\nHome Office", "United Kingdom")
    assert findings(linter, syria, "This request is made under Article 46 of UNCAC.") == []


def test_known_non_party_of_a_un_convention(linter: Linter) -> None:
    eritrea = ("Ministry of Justice", "Asmara, Eritrea", "UK Central Authority\nHome Office", "United Kingdom")
    assert [s for s, _ in findings(linter, eritrea, "This request is made under Article 46 of UNCAC.")] == ["warning"]


def test_unknown_treaty_cited_twice_in_different_words_is_one_info(linter: Linter) -> None:
    basis = (
        "The request is made under the Treaty between the Republic of Kenya and the Republic of South Africa on "
        "Mutual Legal Assistance in Criminal Matters. Under the Kenya-South Africa MLAT the evidence may be taken on oath."
    )
    assert [s for s, _ in findings(linter, KE_ZA, basis)] == ["info"]
