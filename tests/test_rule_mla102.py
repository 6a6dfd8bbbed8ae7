"""MLA102 legal-basis: a treaty or convention (a general one with its article), a domestic MLA law or reciprocity."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

FACTS = "\n\nThe suspect defrauded investors of USD 2 million between 2021 and 2023."


def findings(linter: Linter, text: str):  # type: ignore[no-untyped-def]
    return list(linter.lint_text(text + FACTS, settings=Settings(select=("MLA102",))).findings)


@pytest.mark.parametrize(
    "text",
    [
        "This request is made under Article 46 of the United Nations Convention against Corruption.",
        "The request is made under UNTOC, art. 18.",
        ("We rely on the Treaty between the United States of America and the United Kingdom of Great Britain and "
        "Northern Ireland on Mutual Legal Assistance in Criminal Matters."),
        "LEGAL BASIS\n\nEuropean Convention on Mutual Assistance in Criminal Matters of 20.04.1959.",
        "This request is made under the Scheme relating to Mutual Assistance in Criminal Matters within the Commonwealth.",
        "This request is made under the Mutual Legal Assistance Act, 2011 of Kenya.",
        "This request is based on Law Number 1 of 2006 concerning Mutual Assistance in Criminal Matters.",
        "This request is made on the basis of reciprocity.",
        ("The Kingdom of the Netherlands undertakes to comply with a future request by Singapore for similar assistance "
        "in respect of a comparable offence."),
    ],
)
def test_silent_when_a_basis_is_given(linter: Linter, text: str) -> None:
    assert findings(linter, text) == []


def test_no_basis_at_all_is_a_document_finding(linter: Linter) -> None:
    (finding,) = findings(linter, "We ask for your assistance in the interest of justice and good relations.")
    assert finding.severity.value == "error" and finding.location is None


def test_no_basis_under_a_legal_basis_heading_is_reported_there(linter: Linter) -> None:
    (finding,) = findings(linter, "Legal Basis\n\nThis request is made in the spirit of cordial relations.")
    assert finding.location is not None and "Legal Basis" in (finding.excerpt or "")


def test_general_convention_without_article_is_reported_at_the_citation(linter: Linter) -> None:
    (finding,) = findings(linter, "This request is made under the United Nations Convention against Corruption 2003.")
    assert finding.location is not None
    assert "United Nations Convention against Corruption" in (finding.excerpt or "")
    assert "46" in finding.message


def test_negated_treaty_is_no_basis(linter: Linter) -> None:
    assert [f.code for f in findings(linter, "In the absence of a treaty between our countries, we ask for help.")] == ["MLA102"]


def test_general_convention_without_article_but_with_domestic_law_is_silent(linter: Linter) -> None:
    text = "This request is made under UNCAC and under the Crime (International Co-operation) Act 2003."
    assert findings(linter, text) == []
