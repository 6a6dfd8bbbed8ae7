"""MLA117 asset-details: only for asset requests; says which of particulars, link and order is missing."""

from __future__ import annotations

from mla_lint.engine import Linter
from mla_lint.findings import Finding
from mla_lint.settings import Settings

COMPLETE = (
    "I ask that the competent Kenyan authorities apply to the High Court for a preservation order to prevent any "
    "dealing with account No. 0117228455 at Kilimanjaro Commercial Bank Limited, Westlands Branch, Nairobi. The "
    "account was funded with the proceeds of the bribery scheme described above."
)


def findings(linter: Linter, text: str) -> tuple[Finding, ...]:
    report = linter.lint_text(text, settings=Settings(select=("MLA117",)))
    assert report.error is None
    return report.findings


def test_a_complete_asset_request_is_silent(linter: Linter) -> None:
    assert findings(linter, COMPLETE) == ()


def test_terse_complete_asset_request(linter: Linter) -> None:
    text = (
        "Please to freeze money on IBAN CY73 0050 0215 0000 0004 1287 6001 in Limassol Commercial Bank, because "
        "it is proceeds of swindling. Decision of investigative judge of 12.03.2024 on seizure is attached."
    )
    assert findings(linter, text) == ()


def test_money_paid_into_the_account_links_it_to_the_offence(linter: Linter) -> None:
    text = (
        "Metering Ltd paid ZAR 23,400,000 in consulting fees, for no work, into account No. 000448127733 of Lesedi "
        "Advisory Ltd. We ask you to register and enforce the restraint order of 28 August 2025 over the credit "
        "balance of account No. 000448127733."
    )
    assert findings(linter, text) == ()


def test_a_table_of_assets_gives_the_particulars(linter: Linter) -> None:
    text = (
        "I ask that the assets listed below be restrained under a restraint order to be sought from your courts, "
        "since they were bought with the proceeds of the fraud.\n\nLand Reference No. 1160/442, Karen, Nairobi"
    )
    assert findings(linter, text) == ()


def test_a_vague_freeze_is_missing_everything(linter: Linter) -> None:
    (finding,) = findings(linter, "Please freeze all assets of the suspect in your country.")
    assert "particulars" in finding.message and "link" in finding.message and "order" in finding.message
    assert finding.location is None  # a missing element: the request for the freeze is a related location
    assert finding.related and "freeze all assets" in (finding.related[0].excerpt or "")


def test_the_missing_order_is_named(linter: Linter) -> None:
    text = "Please freeze account no. 555123 at Ruritania Bank, which received the proceeds of the fraud."
    (finding,) = findings(linter, text)
    assert "order" in finding.message and "particulars" not in finding.message and "link" not in finding.message


def test_the_missing_link_is_named(linter: Linter) -> None:
    text = "Please freeze account no. 555123 at Ruritania Bank by an order of your court."
    (finding,) = findings(linter, text)
    assert "link" in finding.message and "particulars" not in finding.message


def test_not_for_a_request_without_assets(linter: Linter) -> None:
    assert findings(linter, "Please obtain the statements of account no. 555123 at Ruritania Bank for 2021.") == ()


def test_not_for_a_search_for_evidence(linter: Linter) -> None:
    text = "Please search the office of Alpha Ltd at 4 Elm Road, Springfield, and seize invoices and computers."
    assert findings(linter, text) == ()


def test_not_for_seizure_mentioned_as_a_purpose(linter: Linter) -> None:
    text = "Please obtain the statements of account no. 555123 at Ruritania Bank for 2021, to find the money for seizure."
    assert findings(linter, text) == ()


def test_not_for_a_past_freeze(linter: Linter) -> None:
    text = "The account was frozen by the FIU in 2022. Please obtain its statements for 2021 from Ruritania Bank."
    assert findings(linter, text) == ()
