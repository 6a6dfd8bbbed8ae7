"""mla_lint.identifiers: kinds, checks and holders."""

from __future__ import annotations

from mla_lint.identifiers import find_identifiers
from mla_lint.model import Block, BlockKind, Location

PARTICULARS = (
    "Mohammad Ali KHAN (CNIC 35202-1234567-1, passport No. AB1234567, tel. +92 300 1234567, khan@example.com) "
    "holds account No. 0123-456789-01 (IBAN PK36 SCBL 0000 0011 2345 6702) at Habib Bank Limited (SWIFT: HABBPKKA). "
    "His brother Imran KHAN, passport AB7654321, holds IBAN GB82 WEST 1234 5698 7654 33, tel +92 30 123."
)


def identifiers():
    return find_identifiers(Block(index=0, kind=BlockKind.PARAGRAPH, text=PARTICULARS, location=Location(paragraph=1)))


def test_every_kind_is_found_with_its_normal_form() -> None:
    found = {(i.kind, i.value) for i in identifiers()}
    assert {
        ("CNIC", "3520212345671"),
        ("passport", "AB1234567"),
        ("telephone", "+923001234567"),
        ("e-mail", "khan@example.com"),
        ("account", "012345678901"),
        ("IBAN", "PK36SCBL0000001123456702"),
        ("BIC", "HABBPKKA"),
        ("passport", "AB7654321"),
    } <= found


def test_the_holder_is_the_first_name_of_the_sentence() -> None:
    holders = {i.value: i.holder for i in identifiers()}
    assert holders["AB1234567"] == "Mohammad Ali KHAN" and holders["HABBPKKA"] == "Mohammad Ali KHAN"
    assert holders["AB7654321"] == "Imran KHAN"


def test_checks_fail_only_on_wrong_numbers() -> None:
    problems = {i.text: i.problem for i in identifiers() if i.problem}
    assert set(problems) == {"GB82 WEST 1234 5698 7654 33", "+92 30 123"}
