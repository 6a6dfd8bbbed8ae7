"""MLA301 name-variant: one entity, two spellings; short forms, other people and suffixes are not variants."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA301",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "usual", "odd"),
    [
        (
            ("The suspect Mohammad Ali KHAN opened the account. Mohammad Ali KHAN is a director.\n\n"
            "On 3 May 2022 Muhammad Ali Khan transferred the funds."),
            "Mohammad Ali KHAN",
            "Muhammad Ali Khan",
        ),
        (
            "The suspect Mohammad Ali KHAN opened the account.\n\nThe funds were sent by Mr Kahn to Dubai.",
            "Mohammad Ali KHAN",
            "Mr Kahn",
        ),
        (
            "Funds were paid to Zhang Wei Trading Company.\n\nZhang Wie Trading Company then bought gold.",
            "Zhang Wei Trading Company",
            "Zhang Wie Trading Company",
        ),
        (
            "The witness is Aleksandr Petrovich VOLKOV of Moscow.\n\nAleksandr Petrovich VOLKOW signed the contract.",
            "Aleksandr Petrovich VOLKOV",
            "Aleksandr Petrovich VOLKOW",
        ),
    ],
)
def test_one_entity_in_two_spellings_is_reported(linter: Linter, text: str, usual: str, odd: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "warning"
    assert f"'{usual}'" in finding.message and f"'{odd}'" in finding.message
    assert finding.excerpt is not None and odd in finding.excerpt
    assert finding.related and usual in (finding.related[0].excerpt or "")


@pytest.mark.parametrize(
    "text",
    [
        # legitimate short forms and word order
        "The suspect Mohammad Ali KHAN (KHAN, Mohammad Ali; M. A. Khan) opened the account. Mr Khan and KHAN left.",
        # same surname, different people
        "Mohammad Ali KHAN, son of Ali Hassan KHAN, and his brothers Imran KHAN and Irfan KHAN.",
        # company suffixes
        "The account is held at Habib Bank Limited. Habib Bank Ltd confirmed the balance. Habib Bank Ltd. is in Karachi.",
        # a country and its adjective, a possessive
        "South Africa asks the South African Police Service and Mr Dlamini's lawyer; Mr Dlamini agreed.",
        # consistent transliterations from several traditions
        "José Luis GARCÍA LÓPEZ met Wang Xiaoming and Nguyen Van Anh. GARCÍA LÓPEZ paid Wang Xiaoming.",
        # a capitalised heading
        "III. FACTS\n\nThe offences are Criminal Acts of Corruption.",
    ],
)
def test_short_forms_other_people_and_suffixes_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_names_with_particles_are_compared_whole(linter: Linter) -> None:
    text = "Mohammad bin Salman AL SAUD signed the contract.\n\nMuhammad bin Salman Al Saud paid the invoice."
    (finding,) = findings(linter, text)
    assert "'Muhammad bin Salman Al Saud'" in finding.message
    assert findings(linter, "José Luis de la CRUZ signed; José Luis de la Cruz paid; Mr de la Cruz left.") == ()


def test_a_declared_alias_or_spelling_is_not_a_variant(linter: Linter) -> None:
    text = (
        "The suspect is Mohammad Ali KHAN (also spelt Muhammad Ali Khan in his bank records).\n\n"
        "Muhammad Ali Khan opened the account on 3 May 2019."
    )
    assert findings(linter, text) == ()


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        # a surname-first spelling
        ("The suspect is Mohammad Ali KHAN, born 1985.\n\nKAHN, Mohammad Ali signed the lease.", "KAHN, Mohammad Ali"),
        # initials with a misspelt surname, among other Khans
        ("Mohammad Ali KHAN and his father Ali Hassan KHAN met.\n\nThe cheque was signed by M. A. Kahn.", "M. A. Kahn"),
        # a role and a misspelt surname
        ("Chukwuemeka Daniel OKAFOR is the suspect.\n\nThe accused Okafro left Accra.", "The accused Okafro"),
        # a titled surname of two words, misspelt
        ("Khalid AL-MANSOORI paid on 3 May.\n\nKhalid Al Mansoori left; Mr Al-Mansouri stayed.", "Al-Mansouri"),
        # a Slavic surname with swapped letters
        ("The accused Olena KOVALENKO (Ms Kovalenko) met O. Kovalenko.\n\nOlena Kovalneko paid.", "Olena Kovalneko"),
    ],
)
def test_variants_in_surname_first_initials_and_roles(linter: Linter, text: str, odd: str) -> None:
    (finding,) = findings(linter, text)
    assert f"'{odd}'" in finding.message and len(finding.related) == 1


@pytest.mark.parametrize(
    "text",
    [
        # initials that fit, a father and a son, two brothers
        (
            "KHAN, Mohammad Ali, s/o Ali Hassan KHAN, and his brothers Imran KHAN and Irfan KHAN.\n\n"
            "M. A. Khan signed; A. H. Khan guaranteed; Mr Khan paid."
        ),
        # a transliteration used consistently, and a different person with the other one
        "Muhammad Yusuf QURESHI paid Muhammad Yusuf Qureshi's driver.\n\nMohammad Tariq BUTT received the money.",
        # accents kept or dropped
        "José Luis GARCÍA LÓPEZ paid.\n\nJose Luis Garcia Lopez left; Mr GARCÍA LÓPEZ stayed.",
        # Chinese order
        "WANG Xiaoming paid Wang Xiaoming's company; Mr Wang left with Xiaoming Wang.",
        # Malay patronymic and an alias
        "Ahmad bin Ismail (Encik Ahmad), alias Ahmad Ismaili, paid.\n\nAhmad bin Ismail left.",
        # hyphens written or not, and a rank before a whole name
        "Jean-Pierre DUBOIS met Jean Pierre Dubois.\n\nProsecutor Grace Atieno Otieno signed; Ms Otieno sealed it.",
        # organisations with suffixes
        "Khyber Medical Traders (Pvt.) Ltd paid Khyber Medical Traders Private Limited.",
        # two sisters one letter apart, named in one sentence
        "Maria GONZÁLEZ RODRÍGUEZ and her sister Marta GONZÁLEZ RODRÍGUEZ opened accounts.\n\nMaria GONZÁLEZ RODRÍGUEZ paid.",
    ],
)
def test_realistic_non_variants_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()
