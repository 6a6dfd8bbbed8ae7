"""MLA104 summary-of-facts: a narrative of events, headed or not; not required for a pure service request."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA104"
ASK = "The Ministry of Justice asks that the bank records of account 123 at Emirates NBD be obtained."

NARRATIVES = [
    # unheaded prose, two or more sentences
    "Between March and August 2023 persons who had gained access to the supplier's email account sent Delta Crest "
    "invoices with new bank details. Relying on them, Delta Crest paid EUR 1,240,000 to an account in Dublin.",
    # one dense sentence
    "Between 2021 and 2022 the suspect Ali Raza defrauded 40 investors of USD 2,000,000 and sent the money to "
    "accounts in Dubai.",
    # headed, terse, non-native
    "# FACTS\n\nIn period 03.2023-05.2023 group of persons leaded by Sergiu Rusu took from 63 citizens money for "
    "fictitious grain export contracts, total MDL 14 200 000.",
    # headed, one sentence
    "# Background\n\nIn September 2021 the County Government of Nakuru awarded the tender to Umhlanga Medical "
    "Solutions (Pty) Ltd for KES 286,400,000.",
    # historical present and present perfect of a non-native drafter
    "The suspect John Lee is alleged to have defrauded investors of USD 2,000,000 between 2020 and 2021 by selling "
    "fake bonds in London.",
    "On 3 May 2023 the suspect Ion Rusu transfers EUR 50 000 to account of VISTA LTD in Limassol and on 5 May 2023 "
    "he withdraws the money in cash.",
    "The suspect Ion Rusu has transferred EUR 50 000 from Chisinau to the account of VISTA LTD in Limassol in May "
    "2023. After, he has withdrawn all money.",
]

NOT_NARRATIVES = [
    "Mr Khan is suspected of fraud.",
    "The case was registered on 9 March 2023. Mr X was charged on 2 April 2024 and sent for trial. He was "
    "released on bail on 5 April 2024.",
    "The suspects are investigated for cheating contrary to section 420 of the Pakistan Penal Code.",
    "On 15 February 2024 a federal grand jury in the Eastern District of Virginia returned an indictment in United "
    "States v. Aerostrada SAS.",
    "Mr Lee was arrested in London on 2 May 2023 and charged on 3 May 2023.",
    "Had the conduct taken place in England on 3 May 2023, it would constitute fraud worth GBP 2,000,000.",
    "The Ministry of Interior presents its compliments and requests assistance in the investigation registered in "
    "Lahore on 9 March 2023.",
    "The trial began on 3 June 2024 in Nairobi. The investigation is continuing and no trial date has been set.",
    "# Summary of Facts\n\n# Offences\n\nFraud contrary to section 420 PPC.",
]


def findings(linter: Linter, text: str):  # type: ignore[no-untyped-def]
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize("text", NARRATIVES)
def test_a_narrative_of_the_facts_in_any_style(linter: Linter, text: str) -> None:
    assert findings(linter, f"{ASK}\n\n{text}") == ()


@pytest.mark.parametrize("text", NOT_NARRATIVES)
def test_labels_procedural_history_and_empty_headings_are_not_facts(linter: Linter, text: str) -> None:
    (finding,) = findings(linter, f"{ASK}\n\n{text}")
    assert finding.code == CODE and finding.severity.value == "error"


def test_an_empty_facts_heading_locates_the_finding(linter: Linter) -> None:
    (finding,) = findings(linter, f"{ASK}\n\n# Summary of Facts\n\n# Offences\n\nFraud under section 420 PPC.")
    assert finding.excerpt == "Summary of Facts"


def test_a_pure_service_request_needs_no_facts(linter: Linter) -> None:
    text = (
        "The Ministry of Justice of Ruritania requests that the enclosed summons be served on Mr John Smith, "
        "born 1 May 1970, of 12 High Street, Leeds.\n\nThe summons requires him to appear before the Regional "
        "Court of Strelsau on 3 June 2024."
    )
    assert findings(linter, text) == ()


def test_service_together_with_evidence_still_needs_facts(linter: Linter) -> None:
    text = (
        "The Ministry of Justice of Ruritania requests that the enclosed summons be served on Mr John Smith and "
        "that the bank records of his account 123 at Barclays be obtained."
    )
    (finding,) = findings(linter, text)
    assert finding.code == CODE
