"""MLA107 purpose-and-relevance: what the evidence is for, however said; requests and use limits are not purposes."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

CODE = "MLA107"

PURPOSES = [
    "The records will show who controlled the account.",
    "The bank records are needed to trace the proceeds and to identify where the money went.",
    "Her evidence is relevant because she signed the contract.",
    "The statement is needed as evidence at the trial.",
    "The bank is believed to hold records of the proceeds.",
    "The documents are requested in order to establish the flow of funds.",
    "The purpose of the request is to identify the subscriber of the account.",
    "Evidence will be used in court in this criminal case.",
    "Her evidence goes to the heart of the charges of conspiracy.",
    "The records and the statement will prove that the money reached an account controlled by his family.",
    "These documents would help to establish that the invoices were false.",
    "The evidence so collected is necessary to establish the money trail of the diverted loan funds.",
    "We need these records to prove that the suspect received the bribes.",
    "The requested documents are of great importance to the investigation.",
    "This information is sought with a view to identifying the beneficial owner.",
    "The bank records are the only way to determine who received the money.",
    "We request the bank records to establish the flow of funds.",
    "We ask for the statements so that we can trace the money.",
]

NOT_PURPOSES = [
    "Please provide the bank statements of account 123.",
    "The material will be used only for the proceedings described in this request.",
    "The callers asked the customers to confirm their telephone number.",
    "The competent authorities are requested to obtain the records of account 5.",
    "Copies should be certified so that they are admissible in court.",
    "Bank records obtained in Germany show payments to the provider.",
    "The report will be submitted to the Court, which will try the case.",
    "He found a way to hide the money.",
    "The competent authorities are requested to identify the account holder.",
    "He hid the money so that the police could not trace it.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=(CODE,)))
    assert report.error is None
    return [f.code for f in report.findings]


@pytest.mark.parametrize("sentence", PURPOSES)
def test_a_purpose_in_any_wording(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == []


@pytest.mark.parametrize("sentence", NOT_PURPOSES)
def test_requests_use_limits_and_past_facts_are_not_purposes(linter: Linter, sentence: str) -> None:
    assert codes(linter, f"Dear Sir,\n\n{sentence}") == [CODE]


def test_a_terse_infinitive_under_a_purpose_heading_counts(linter: Linter) -> None:
    text = "# PURPOSE\n\nTo prove that money of victims is received by Rusu S. and to find where money is now."
    assert codes(linter, text) == []


def test_a_service_request_explains_why_the_documents_must_be_served(linter: Linter) -> None:
    text = (
        "The Ministry of Justice asks that the attached summons be served on Mr John Smith, 12 High Street, Leeds.\n\n"
        "The summons must be served so that the accused is properly informed of the trial date."
    )
    assert codes(linter, text) == []


def test_a_service_request_without_a_reason_for_service_fires(linter: Linter) -> None:
    text = "The Ministry of Justice asks that the attached summons be served on Mr John Smith, 12 High Street, Leeds."
    assert codes(linter, text) == [CODE]


def test_an_empty_purpose_heading_locates_the_finding(linter: Linter) -> None:
    report = linter.lint_text("Dear Sir,\n\n# Purpose\n\n# Contact\n\nMr X.", settings=Settings(select=(CODE,)))
    (finding,) = report.findings
    assert finding.excerpt == "Purpose" and finding.severity.value == "warning"
