"""MLA112 contact-point: a named officer with a telephone number or email; office mailboxes alone do not count."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA112"

CONTACTS = [
    "Contact\n\nCarolina Restrepo Álzate, telephone +57 601 570 2000 extension 11432, email carolina.restrepo@fiscalia.gov.co.",
    "The officer in charge is Inspector Jane Roe, FIA Lahore, telephone +92 42 9920 3418, email jane.roe@fia.gov.pk.",
    "Prosecutor Victor Munteanu, tel. +373 22 828 456, e-mail v.munteanu@procuratura.md",
    "Questions may be put to Ms Grace Otieno on +254 20 2732090.",
    "Regards,\nJohn Smith\nSenior Investigator\nPhone: 0300 1234567",
    "The case controller, Ms Olivia Brandt, can be reached at olivia.brandt@sfo.gov.uk.",
    "Contact: Detective Constable Tom Ashworth, Metropolitan Police Service, +44 20 7946 0587.",
    "Officer in charge: ASP Ahmad bin Ismail, Royal Malaysia Police, Tel: 03-2266 2222",
    "Yours sincerely,\n\nJohn Smith\n\nSenior Prosecutor\n\nTel: +44 20 7946 0312",
    "Contact:\n\nJohn Smith, Senior Prosecutor\n\n+44 20 7946 0312",
    "For further information please contact the undersigned at +27 12 845 6471.\n\nYours faithfully,\n\n"
    "Thandiwe Nkosi\nSenior State Advocate",
]

NOT_CONTACTS = [
    "For any question please write to mla@justice.gov.xx.",
    "Contact: MLA Unit, tel. +44 20 7946 0000, mla.unit@homeoffice.gov.uk",
    "Mr Khan used the number +44 7700 900123 to call the victims.",
    "For any question please contact {{ officer_name }}, State Counsel, telephone +63 2 8523 8481, "
    "email ocsc.mla@doj.gov.ph.",
    "The contact officer is Mr Ibrahim Danjuma, Central Authority Unit.",
    "Money was paid into IBAN CY73 0050 0215 0000 0004 1287 6001 held by Mr Nikos Charalambous.",
    "For further information please contact me at +27 12 845 6471.\n\nYours faithfully,",
    "Questions: Mutual Legal Assistance Division, +60 3 8885 5000.",
    "The suspect Ali Raza\n\nwas called on +44 7700 900123 by the victim.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("text", CONTACTS)
def test_a_named_officer_with_a_number_or_email(linter: Linter, text: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{text}") == []


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_office_mailboxes_suspects_numbers_and_names_alone_are_not_contacts(linter: Linter, text: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{text}") == [CODE]


def test_first_person_contact_with_a_mailbox_named_after_the_signatory(linter: Linter) -> None:
    text = "I can be reached at harriet.osei@cps.gov.uk.\n\nYours faithfully,\n\nHarriet Osei\nSpecialist Prosecutor"
    assert codes(linter, text) == []


def test_an_empty_contact_heading_locates_the_finding(linter: Linter) -> None:
    report = linter.lint_text("Dear Sir,\n\n# Contact\n\n# Signature\n\nJohn.", settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.excerpt == "Contact" and finding.severity.value == "warning"
