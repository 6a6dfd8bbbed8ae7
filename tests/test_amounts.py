"""mla_lint.amounts: figures, currencies and words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mla_lint.amounts import accounts_in, find_amounts, parse_figure, parse_words
from mla_lint.model import Block, BlockKind, Location


def block(text: str) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, location=Location(paragraph=1))


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [
        ("5,500,000", None, "5500000"),
        ("10.000,50", None, "10000.50"),
        ("12,00,000", None, "1200000"),
        ("2.5", "million", "2500000"),
        ("1,250.75", None, "1250.75"),
        ("3", "crore", "30000000"),
    ],
)
def test_figures_in_any_grouping(number: str, scale: str | None, value: str) -> None:
    assert parse_figure(number, scale) == Decimal(value)


def test_words_give_the_number_and_the_currency() -> None:
    assert parse_words("Rupees five million five hundred thousand only") == (Decimal(5_500_000), frozenset({"rupee"}))
    assert parse_words("twelve lakh rupees") == (Decimal(1_200_000), frozenset({"rupee"}))
    assert parse_words("ten thousand US dollars")[0] == Decimal(10_000)
    assert parse_words("two point five million euros") == (Decimal(2_500_000), frozenset({"euro"}))
    assert parse_words("two and a half million euros") == (None, frozenset())
    assert parse_words("see annex") == (None, frozenset())


def test_amounts_by_code_symbol_and_rupee_abbreviation() -> None:
    amounts = find_amounts(block("USD 10,000 (ten thousand US dollars), €2,500, Rs. 12,00,000 and 5,000 AED; Article 18 of UNTOC 2000"))
    assert [(a.currency, a.value) for a in amounts] == [
        ("USD", Decimal(10000)),
        ("EUR", Decimal(2500)),
        ("rupee", Decimal(1200000)),
        ("AED", Decimal(5000)),
    ]
    assert amounts[0].words == "ten thousand US dollars" and not amounts[0].words_disagree


def test_words_before_the_figures_count_too() -> None:
    (amount,) = find_amounts(block("a bribe of five million rupees (PKR 5,500,000) was paid"))
    assert amount.words_value == Decimal(5_000_000) and amount.words_disagree


def test_words_naming_another_currency_disagree() -> None:
    (amount,) = find_amounts(block("GBP 30,000 (thirty thousand euros)"))
    assert amount.words_disagree
    (amount,) = find_amounts(block("GBP 30,000 (thirty thousand pounds sterling)"))
    assert not amount.words_disagree


def test_account_numbers_are_normalised() -> None:
    text = "from account No. 0123-456789-01 to IBAN PK36 SCBL 0000\n0011 2345 6702 on 3 May; account number 12 Dated"
    assert accounts_in(text) == {"012345678901", "PK36SCBL0000001123456702"}
