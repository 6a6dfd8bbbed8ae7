"""MLA115 signature-and-date: a named, titled signatory and the request's own date; one finding saying which is missing."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA115"
BODY = "The Ministry of Interior requests the bank records of account 123. On 3 May 2023 the suspect stole money."

COMPLETE = [
    f"Islamabad, 18 September 2023\n\n{BODY}\n\n(Signed)\nMuhammad Tariq Aziz\nJoint Secretary, Ministry of Interior",
    f"Date: 2024-05-03\n\n{BODY}\n\nVictor Munteanu, Prosecutor",
    f"{BODY}\n\nYours faithfully,\n\nJOHN SMITH\n\nPublic Prosecutor\n\nDated 5 March 2024",
    f"No. 13-2d/24-1187\nChisinau, 19.02.2024\n\n{BODY}\n\nProsecutor, Chief of Section\nVictor Munteanu\n(signature, stamp)",
    f"{BODY}\n\nRegards,\nInspector Jane Roe, FIA Lahore\n5th day of March 2024",
    f"Our ref: SFO/2022/0314\n28 March 2024\n\n{BODY}\n\nYours faithfully,\n\nRebecca Thorne\nHead of International "
    "Assistance\nSerious Fraud Office",
    f"{BODY}\n\nGiven under my hand and the seal of this Court on this 16th day of August, 2023.\n\n(Signed)\n"
    "Rajiv Malhotra\nSpecial Judge (CBI)",
    f"Paris, le 12 février 2024\n\n{BODY}\n\nClaire Dubois\nInvestigating Judge",
    f"Date: 2024-05-03\n\n{BODY}\n\nSincerely,\n\nKevin M. O'Brien\nAssociate Director\nOffice of International Affairs",
    f"Mexico City, 8 April 2024\n\n{BODY}\n\n(Signed)\nLic. Héctor Manuel Ibarra Cordero\nFederal Public Prosecutor",
    f"No. 12-45/2024\nBishkek, 22.04.2024\n\n{BODY}\n\nDeputy Prosecutor General\nof the Kyrgyz Republic          K. Dzhumabaev",
    f"Date: 14 June 2024\n\n{BODY}\n\nKind regards,\n\nDS Laura Jenkins\nKent Police Economic Crime Unit\n+44 1622 690 690",
    f"{BODY}\n\nGIVEN under my hand and the seal of this Court this 2nd day of June 2025.\n\n(Signed and sealed)\n"
    "Hon. Lady Justice Zainabu Omari Mruma\nJudge of the High Court, Corruption and Economic Crimes Division",
    "From: Sherene Campbell-Thompson <s.campbellthompson@odpp.gov.jm>\nTo: Office of International Affairs "
    "<oia.mla@usdoj.gov>\nSent: Tuesday, 20 May 2025 16:42\nSubject: Supplementary request - R v. Dwayne Anthony "
    f"Beckford - your ref. 182-88043\n\n{BODY}\n\nKind regards,\nSherene Campbell-Thompson\n"
    "Deputy Director of Public Prosecutions",
]


def findings(linter: Linter, text: str):  # type: ignore[no-untyped-def]
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize("text", COMPLETE)
def test_signed_and_dated_in_any_layout(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (f"Date: 2024-05-03\n\n{BODY}\n\nYours faithfully,", "not signed"),
        (f"Date: 2024-05-03\n\n{BODY}\n\nRegards,\nVictor Munteanu", "not signed"),
        (f"Date: 2024-05-03\n\n{BODY}\n\nRegards,\nFIA Lahore\nMinistry of Interior", "not signed"),
        (f"{BODY}\n\nYours faithfully,\n\nMuhammad Tariq Aziz\nJoint Secretary, Ministry of Interior", "not dated"),
        (f"{BODY}\n\nMuhammad Tariq Aziz\nJoint Secretary\nDate: ____________", "not dated"),
        (f"{BODY}\n\nYours faithfully,", "neither signed nor dated"),
    ],
)
def test_one_finding_saying_what_is_missing(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.code == CODE and finding.severity.value == "error"
    assert says in finding.message
    assert finding.location is None


def test_event_dates_are_not_the_request_date(linter: Linter) -> None:
    text = f"Between 12 June 2023 and 30 January 2024 the customers lost money.\n\n{BODY}\n\nDr. Jonas Hartmann\nPublic Prosecutor"
    (finding,) = findings(linter, text)
    assert "not dated" in finding.message


def test_section_headings_near_the_end_are_not_signatories(linter: Linter) -> None:
    text = f"Date: 2024-05-03\n\n{BODY}\n\n# Dual Criminality\n\n" + "The conduct is an offence in England. " * 8
    (finding,) = findings(linter, text)
    assert "not signed" in finding.message
