"""mla_lint.entities: name words and what counts as a misspelling."""

from __future__ import annotations

import pytest

from mla_lint.entities import find_names, is_misspelling, name_words
from mla_lint.model import Block, BlockKind, Location


def test_name_words_ignore_order_case_titles_possessives_and_company_suffixes() -> None:
    assert name_words("KHAN, Mohammad Ali") == name_words("Mr Mohammad Ali Khan's") == {"khan", "mohammad", "ali"}
    assert name_words("Habib Bank Ltd") == name_words("Habib Bank Limited")


@pytest.mark.parametrize(
    ("first", "second"),
    [("mohammad", "muhammad"), ("mohammed", "muhammad"), ("khan", "kahn"), ("hassan", "hasan"), ("wei", "wie"), ("ahmad", "ahmed"), ("omar", "umar"), ("ibrahim", "ebrahim"), ("hosseini", "hoseini")],
)
def test_small_changes_are_misspellings(first: str, second: str) -> None:
    assert is_misspelling(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("imran", "irfan"), ("africa", "african"), ("pakistan", "pakistani"), ("ali", "alia"), ("ali", "aly"),
        ("requesting", "requested"), ("jing", "qing"), ("maria", "marta"), ("ivan", "iwan"),
        ("rafiqul", "shafiqul"), ("rahman", "mahman"),
    ],
)
def test_different_words_and_endings_are_not(first: str, second: str) -> None:
    assert not is_misspelling(first, second)


def test_a_capitalised_heading_is_not_a_titled_surname() -> None:
    heading = Block(index=0, kind=BlockKind.PARAGRAPH, text="III. FACTS", location=Location(paragraph=1))
    assert not any(mention.titled for mention in find_names(heading))
    (mention,) = find_names(Block(index=1, kind=BlockKind.PARAGRAPH, text="Then KAHN left.", location=Location(paragraph=2)))
    assert mention.titled or mention.words == {"then", "kahn"}
