"""mla_lint.identifiers: kinds, checks and holders."""

from __future__ import annotations

from mla_lint.analysis import Analysis
from mla_lint.identifiers import Identifier, document_identifiers, find_identifiers
from mla_lint.model import Block, BlockKind, Document, Location

PARTICULARS = (
    "Mohammad Ali KHAN (CNIC 35202-1234567-1, passport No. AB1234567, tel. +92 300 1234567, khan@example.com) "
    "holds account No. 0123-456789-01 (IBAN PK36 SCBL 0000 0011 2345 6702) at Habib Bank Limited (SWIFT: HABBPKKA). "
    "His brother Imran KHAN, passport AB7654321, holds IBAN GB82 WEST 1234 5698 7654 33, tel +92 30 123."
)


def document(*paragraphs: str) -> Document:
    blocks = tuple(
        Block(index=n, kind=BlockKind.PARAGRAPH, text=text, location=Location(paragraph=n + 1))
        for n, text in enumerate(paragraphs)
    )
    return Document(source="<test>", format="text", blocks=blocks)


def attached(*paragraphs: str) -> tuple[Identifier, ...]:
    return document_identifiers(Analysis(document(*paragraphs)))


def test_every_kind_is_found_with_its_normal_form() -> None:
    found = {(i.kind, i.value) for i in find_identifiers(document(PARTICULARS).blocks[0])}
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


def test_national_numbers_vehicles_and_companies() -> None:
    text = (
        "KOWALSKI, Jan (PESEL 44051401359), Juan GARCÍA (DNI 12345678Z) and Zhang Wei (national identity card "
        "No. 110101199003070012) drove a car bearing registration No. LEA-1234 and a van, number plate KDA 123A. "
        "Khyber Traders Ltd (company registration No. 0123456, RC 123456) and registration No. 7654321 of Zhang "
        "Wei Trading Company traded in 2019."
    )
    found = {(i.kind, i.value) for i in find_identifiers(document(text).blocks[0])}
    assert found == {
        ("PESEL", "44051401359"), ("DNI", "12345678Z"), ("national ID", "110101199003070012"),
        ("vehicle", "LEA1234"), ("vehicle", "KDA123A"),
        ("company number", "0123456"), ("company number", "123456"), ("company number", "7654321"),
    }


def test_the_holder_is_the_nearest_name_of_the_sentence() -> None:
    holders = {i.value: i.holder_name for i in attached(PARTICULARS)}
    assert holders["AB1234567"] == "Mohammad Ali KHAN" and holders["HABBPKKA"] == "Habib Bank Limited"
    assert holders["AB7654321"] == "Imran KHAN"


def test_a_holder_named_after_or_in_brackets_or_by_his() -> None:
    holders = {
        i.value: i.holder_name
        for i in attached(
            "Mohammad Ali KHAN, son of Ali Hassan KHAN (passport No. CD9999999), holds passport No. AB1234567.",
            "The mobile +92 300 1234567 used by Imran KHAN was seized. Registration No. 0123456 of Khyber Traders "
            "Ltd was cancelled.",
            "His passport No. EF1111111 expired.",
        )
    }
    assert holders == {
        "CD9999999": "Ali Hassan KHAN", "AB1234567": "Mohammad Ali KHAN", "+923001234567": "Imran KHAN",
        "0123456": "Khyber Traders Ltd", "EF1111111": "Imran KHAN",
    }


def test_checks_fail_only_on_wrong_numbers() -> None:
    problems = {i.text: i.problem for i in find_identifiers(document(PARTICULARS).blocks[0]) if i.problem}
    assert set(problems) == {"GB82 WEST 1234 5698 7654 33", "+92 30 123"}
    (pesel,) = find_identifiers(document("KOWALSKI, Jan (PESEL 44051401358)").blocks[0])
    assert pesel.problem and "PESEL" in pesel.problem


def test_his_or_her_is_the_subject_of_the_last_sentence_naming_a_person() -> None:
    (first, second) = attached(
        "Between 2022 and 2023 Olena KOVALENKO (passport No. FX123456) steered contracts to Vistula Build.",
        "On 2 March 2023 she crossed the border at Medyka on her passport No. FX123465.",
    )
    assert first.holder_name == second.holder_name == "Olena KOVALENKO"


def test_each_person_of_a_sentence_holds_the_number_after_his_name() -> None:
    holders = {
        i.value: i.holder_name
        for i in attached("Mr Imran KHAN travelled on passport No. CD9999999 and Mohammad Ali KHAN on passport No. AB1234567.")
    }
    assert holders == {"CD9999999": "Imran KHAN", "AB1234567": "Mohammad Ali KHAN"}


def test_a_first_information_report_gives_each_number_its_holder() -> None:
    holders = {
        i.value: i.holder_name
        for i in attached(
            "Accused Muhammad Asif s/o Muhammad Aslam, r/o Mohallah Islampura, Lahore, CNIC No. 35202-1234567-1, "
            "posted at National Bank of Pakistan, transferred the amount into account No. 0012-3456789 maintained "
            "at Allied Bank Limited in the name of M/s Arif Traders."
        )
    }
    assert holders == {"3520212345671": "Muhammad Asif", "00123456789": "Arif Traders"}
