"""MLA101 requesting-authority: the authority making the request is identified, however the letter says it."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=("MLA101",)))
    return [f.code for f in report.findings]


@pytest.mark.parametrize(
    "text",
    [
        # a letterhead
        "Federal Ministry of Justice\nCentral Authority Unit\nAbuja, Nigeria\n\nPlease obtain the records of account 1.",
        # a sentence in which an authority makes the request
        "This request is made by the Office of the General Public Prosecutor in Frankfurt am Main.",
        "The Ministry of Interior of the Islamic Republic of Pakistan presents its compliments and requests assistance.",
        "I write on behalf of the Director of Public Prosecutions of the Republic of Kenya to ask for help.",
        "This Letter Rogatory is issued by this Court on the application of the Central Bureau of Investigation.",
        # a heading that announces the authority, with the institution under it
        "REQUESTING AUTHORITY\n\nPublic Prosecutor's Office of Rotterdam\n\nFACTS\n\nThe suspect laundered money.",
        # an office in the signature block
        ("Please obtain the records of account 1.\n\nYours faithfully,\n\n(Signed)\nR. H. Hoekstra\nPublic Prosecutor, "
        "Functioneel Parket"),
    ],
)
def test_silent_when_an_authority_is_identified(linter: Linter, text: str) -> None:
    assert codes(linter, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Request for assistance\n\nAssistance is requested in the investigation of fraud described below.\n\nYours faithfully",
        # a personal title is not an office
        "Dear Sir/Madam,\n\nWe are writing to request your assistance.\n\nBest regards,\nKhalid Saeed Al Mansoori\nChief Prosecutor",
        # the addressee's authority is not the requesting authority
        ("To: The UK Central Authority\nHome Office\nLondon\n\nKindly arrange for the documents to be served.\n\n"
        "(Signed)\nAdv. Thandiwe Nkosi\nSenior State Advocate\nPretoria"),
        # a court that may issue a warrant is not the author of the request
        "Please serve the summons so that the court may issue a warrant if he fails to attend.",
    ],
)
def test_fires_when_no_authority_is_identified(linter: Linter, text: str) -> None:
    assert codes(linter, text) == ["MLA101"]


def test_finding_is_an_error_for_the_whole_document(linter: Linter) -> None:
    report = linter.lint_text("Please help us.", settings=Settings(select=("MLA101",)))
    (finding,) = report.findings
    assert finding.severity.value == "error" and finding.location is None
