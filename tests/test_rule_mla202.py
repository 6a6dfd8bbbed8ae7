"""MLA202 placeholder: template remnants found at their words; editorial brackets left alone."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.rules.mla202_placeholder import find_remnants
from mla_lint.settings import Settings


def remnants(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_remnants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspect, [NAME OF SUSPECT], opened it.", ["[NAME OF SUSPECT]"]),
        ("opened on [insert date] in [Requested State].", ["[insert date]", "[Requested State]"]),
        ("Amount: [●] and [...] and [ ]", ["[●]", "[...]", "[ ]"]),
        ("opened on <insert date> by «Name» and {{ officer_name }}", ["<insert date>", "«Name»", "{{ officer_name }}"]),
        ("holder of passport number XXXXXXX", ["XXXXXXX"]),
        ("dated xx/xx/2023 and XX March 2022 and in 20XX", ["xx/xx/2023", "XX March", "20XX"]),
        ("The hearing date is TBC; venue TBD.", ["TBC", "TBD"]),
        ("Drafting note: check the treaty article.", ["Drafting note"]),
        ("Attach the statement (delete as appropriate).", ["delete as appropriate"]),
        ("Insert the account number here.", ["Insert the account number here"]),
        ("Date: ________", ["Date: ________"]),
        ("Lorem ipsum dolor sit amet.", ["Lorem ipsum"]),
        ("passport No. XXXXXXX, residing in Dubai", ["XXXXXXX"]),
        ("produced before the [name of trial court] and [date of birth]", ["[name of trial court]", "[date of birth]"]),
        ("the [suspect's name] of [account number]", ["[suspect's name]", "[account number]"]),
    ],
)
def test_remnants_are_found_exactly(text: str, expected: list[str]) -> None:
    assert remnants(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'He said that "[the suspect] had left the country [sic]".',
        "See R v Khan [2019] EWCA Crim 123 [1].",
        "The statement is attached with the address [REDACTED] and [emphasis added].",
        "Card number XXXX XXXX XXXX 4417 and account ending XXXX-4417.",
        "Offences under Chapter XXX of the Penal Code.",
        "Law No. XXX of 1995 and the [defendant's] statement.",
        "____________\nJane Roe, Director of Public Prosecutions",
        "Signature: ____________",
        "The date of the hearing is to be confirmed by the court.",
        "Reply to <central.authority@justice.example> or <https://justice.example>.",
    ],
)
def test_editorial_brackets_and_masks_are_not_remnants(text: str) -> None:
    assert remnants(text) == []


def test_each_remnant_is_a_finding_at_its_words(linter: Linter) -> None:
    text = "Request for assistance.\n\nThe suspect [NAME] holds passport XXXXXXX."
    report = linter.lint_text(text, settings=Settings(select=("MLA202",)))
    assert [(f.code, f.location.paragraph, f.location.start, f.location.end) for f in report.findings] == [
        ("MLA202", 2, 12, 18),
        ("MLA202", 2, 34, 41),
    ]
    assert report.findings[0].message == "Template placeholder left in the request: \u201c[NAME]\u201d"
    assert report.findings[0].severity.value == "error"
