"""MLA302 identifier-mismatch: failed checks, one person's two numbers, swapped characters."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

KHAN = "Mohammad Ali KHAN (CNIC 35202-1234567-1, passport No. AB1234567) holds account No. 0123-456789-01 at Habib Bank Limited."


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA302",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Please provide the statements of IBAN GB82 WEST 1234 5698 7654 33.", "check digits"),
        ("The funds were sent to SWIFT code HABB1KKA.", "SWIFT/BIC"),
        ("He can be reached on +92 30 123.", "telephone"),
        ("Ana GARCÍA LÓPEZ, DNI 12345678A, is the director.", "check fails"),  # Spain's DNI, wrong letter
        ("The buyer, Rodrigo SOTO PIZARRO, RUT 25.371.486-3, signed the deed.", "not a valid RUT"),
        (KHAN + "\n\nMr KHAN travelled on passport No. AB1234576 to Dubai.", "swapped"),
        (KHAN + "\n\nKHAN, Mohammad Ali, passport No. CD9999999, was stopped at the airport.", "both are given for"),
        (KHAN + "\n\nThe funds went to account No. 0123-456798-01.", "swapped"),
    ],
)
def test_wrong_or_changing_identifiers_are_reported(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "error" and says in finding.message


def test_a_changed_identifier_points_at_the_first_one(linter: Linter) -> None:
    (finding,) = findings(linter, KHAN + "\n\nMr KHAN travelled on passport No. AB1234576 to Dubai.")
    assert finding.related and "AB1234567" in (finding.related[0].excerpt or "")


@pytest.mark.parametrize(
    "text",
    [
        KHAN + "\n\nKHAN, Mohammad Ali (passport No. AB1234567) travelled to Dubai.",
        KHAN + "\n\nHis father Ali Hassan KHAN holds passport No. CD9999999.",  # another person
        KHAN + "\n\nHe also holds account No. 0123-456789-02 and account No. 7777-888888-99.",  # several accounts
        "Please provide the statements of IBAN GB82 WEST 1234 5698 7654 32 and of IBAN PK36 SCBL 0000 0011 2345 6702.",
        "The company's SWIFT code is HABBPKKA and its telephone number is +44 20 7946 0958.",
        "Ana GARCÍA LÓPEZ, DNI 12345678Z, is the director.",
        "The company's office can be called on +86 10 6515\n2030 during working hours.",  # wrapped at a line end
        "The buyer, Rodrigo SOTO PIZARRO, RUT 25.371.846-3, signed the deed of Inversiones Andes SpA, RUT 76.418.392-4.",
        "TAN Wei Ming, NRIC S1234567D, a Singapore citizen, and Ahmad bin Ali, NRIC 780412-10-5523, a Malaysian.",
        "Luis QUISPE MAMANI, Peruvian, DNI 41827365, and Jorge PAZ, Argentine, DNI 22.845.119.",  # digits only
    ],
)
def test_consistent_and_valid_identifiers_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_a_second_passport_the_request_announces_is_not_a_mismatch(linter: Linter) -> None:
    text = KHAN + "\n\nMohammad Ali KHAN also travelled on his previous passport No. CD9999999."
    assert findings(linter, text) == ()


@pytest.mark.parametrize(
    ("text", "at", "says"),
    [
        # his passport, told twice
        (KHAN + "\n\nHis passport No. EF7654321 was used on 3 May 2022.", "EF7654321", "both are given for"),
        # the short form of the holder: initials
        (KHAN + "\n\nM. A. Khan (passport No. EF7654321) left for Dubai.", "EF7654321", "both are given for"),
        # a company's registration number changes
        (
            (
                "Khyber Traders Ltd (company registration No. 0123456) paid.\n\n"
                "Khyber Traders Limited, company No. 7777777, was dissolved."
            ),
            "7777777",
            "both are given for",
        ),
        # the said mobile, the same e-mail, the above-mentioned vehicle
        (
            "The suspect KHAN used mobile +92 300 1234567.\n\nThe said mobile number +92 300 7654321 was switched off.",
            "+92 300 7654321",
            "already given",
        ),
        (
            (
                "Olena KOVALENKO wrote from o.kovalenko@example.com.\n\nThe same e-mail address "
                "o.kovalenco@example.com received the invoice."
            ),
            "o.kovalenco@example.com",
            "already given",
        ),
        (
            (
                "Kwame MENSAH drove a car bearing registration No. GR 1234-21.\n\nThe above-mentioned vehicle, "
                "registration No. GR 1243-21, was seized."
            ),
            "GR 1243-21",
            "swapped",
        ),
        # a PESEL whose check digit is wrong
        ("The witness is Jan KOWALSKI (PESEL 44051401358).", "44051401358", "PESEL"),
    ],
)
def test_changing_identifiers_of_one_holder_are_reported(linter: Linter, text: str, at: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert at in (finding.excerpt or "") and says in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # two telephones and two e-mail addresses listed for one person
        "Mohammad Ali KHAN (mobile +92 300 1234567 and +92 321 7654321, e-mail m.khan@example.com and ali.k@example.org).",
        # a father's passport in brackets after his name, the son's after the sentence's subject
        "Mohammad Ali KHAN, son of Ali Hassan KHAN (passport No. CD9999999), holds passport No. AB1234567.",
        # two companies, each with its number; two vehicles of one person
        (
            "Khyber Traders Ltd (company registration No. 0123456) paid Zhang Wei Trading Company (company "
            "registration No. 7654321).\n\nKwame MENSAH owns a car, registration No. GR 1234-21, and a van, "
            "registration No. GT 5555-20."
        ),
        # an ambiguous surname: the father and the son both have passports
        KHAN + "\n\nAli Hassan KHAN holds passport No. CD9999999.\n\nMr KHAN travelled on passport No. CD9999999.",
        # a company and its parent, each with its number in brackets (after a lower-case suffix)
        "ABC Holdings Ltd (company No. 01234567) is a subsidiary of ABC Holdings Group plc (company No. 07654321).",
        # a relative's passport, named through the person
        KHAN + "\n\nMr KHAN's father holds passport No. CD9999999.",
        # a passport in a relative clause on another person
        KHAN + "\n\nHe travelled with Imran KHAN, whose passport No. CD9999999 was checked at the border.",
        # two holders' accounts, however alike
        "Account No. 1234567890 held by Mohammad Ali KHAN received funds from account No. 1234567809 held by Imran KHAN.",
        # "the same day" is no reference to an account; a crime reference number is no company number
        "Mohammad Ali KHAN holds account No. 0123-456789-01.\n\nThe same day, account No. 7777-888888-99 received PKR 5,000.",
        "Khyber Traders Ltd (company No. 0123456) was reported under CRN 4455/2023 and later CRN 4460/2023.",
        # the said account is the one given
        "The funds went to account No. 0123-456789-01 held by Mohammad Ali KHAN.\n\nThe said account No. 0123-456789-01 was closed.",
    ],
)
def test_realistic_identifier_lists_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_one_national_number_given_for_two_people_is_reported(linter: Linter) -> None:
    text = (
        "The suspect Ayşe YILMAZ (identity number 10000000146) received EUR 40,000.\n\n"
        "Her husband Mehmet YILMAZ (identity number 10000000146) is not a suspect."
    )
    (finding,) = findings(linter, text)
    assert "Mehmet YILMAZ" in finding.message and "Ayşe YILMAZ" in finding.message


def test_a_company_named_across_a_wrapped_line_keeps_its_number(linter: Linter) -> None:
    text = (
        "From September 2019 Mr Villaruel made 17 remittances to an account of Pearl Crest\n"
        "Trading Limited, a company registered in Hong Kong (Company No. 2987431).\n\n"
        "Pearl Crest Trading Limited, Company No. 2987431, has its office in Kowloon."
    )
    assert findings(linter, text) == ()
