"""MLA308 amount-mismatch: words against figures, and one transaction with two amounts."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA308",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("The suspect transferred PKR 5,500,000 (five million rupees) to his brother.", "5,000,000"),
        ("A bribe of ten thousand US dollars (USD 100,000) was paid.", "10,000"),
        ("He received GBP 30,000 (thirty thousand euros) in cash.", "euro"),
        ("The property was bought for Rs. 12,00,000 (Rupees twenty lakh only).", "2,000,000"),
        (
            ("On 3 May 2022 the suspect transferred USD 250,000 from account No. 0123-456789-01 to Dubai.\n\n"
            "The bank records show that on 3 May 2022 USD 520,000 was transferred from account 0123 456789 01."),
            "USD 250,000",
        ),
        (  # paid into the account, then asked for as the credit of that day
            ("On the same day, March 11, 2024, KES 4,850,000 was paid into account No. 1180 2947 6631 at Equity Bank.\n\n"
            "Please provide the statements of account No. 1180 2947 6631 for the period January 1, 2023 to "
            "September 30, 2024, with the deposit slips of the KES 4,580,000 credited on March 11, 2024."),
            "KES 4,850,000",
        ),
    ],
)
def test_disagreeing_amounts_are_reported(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "error" and says in finding.message
    assert finding.related


@pytest.mark.parametrize(
    "text",
    [
        "The suspect transferred USD 10,000 (ten thousand US dollars) to his brother.",
        "He paid PKR 5,500,000 (Rupees five million five hundred thousand only).",
        "Property worth Rs. 12,00,000 (Rupees twelve lakh only) and EUR 2.5 million (two and a half million euros).",
        "He received GBP 30,000 (thirty thousand pounds sterling) and AED 5,000 (see Annex 3).",
        "He received Rs. 5,00,000/- (Rupees five lakh only) and INR 1,25,00,000 (one crore twenty-five lakh rupees).",
        "He paid € 50.000,00 (fifty thousand euros), USD 1.2 million (one million two hundred thousand US dollars).",
        "He received Rs. 25 lacs (Rupees twenty five lacs) and ₹ 12,50,000 (twelve lakh fifty thousand rupees).",
        "He withdrew Rs. 38,50,000 (Rupees thirty-eight lakh and fifty thousand only) in cash.",
        # two different transactions
        ("On 3 May 2022 the suspect transferred USD 250,000 from account No. 0123-456789-01 to Dubai.\n\n"
        "On 4 May 2022 the suspect transferred USD 520,000 from account No. 0123-456789-01 to Dubai."),
        ("On 3 May 2022 he transferred USD 250,000 from account No. 0123-456789-01. "
        "On 3 May 2022 he withdrew USD 5,000 from account No. 0123-456789-01."),
        ("On 3 May 2022 he transferred USD 250,000 from account No. 0123-456789-01. "
        "On 3 May 2022 he transferred USD 5,000 from account No. 9988-776655-44."),
        # several transactions of one day in one sentence, then one of them alone
        ("On 3 May 2022 he deposited USD 5,000 and USD 7,000 into account No. 0123-456789-01. "
        "The deposit on 3 May 2022 of USD 7,000 into account No. 0123-456789-01 was in cash."),
        ("He transferred USD 5,000 on 3 May 2022 and withdrew USD 2,000 on 3 May 2022 from account No. 0123-456789-01. "
        "The withdrawal of USD 2,000 on 3 May 2022 from account No. 0123-456789-01 was in cash."),
        ("The company paid two transfers: EUR 385,000 on 12 October 2022 and EUR 212,000 on 9 January 2023, "
        "in all EUR 597,000, credited to account No. 2100-4817-1102. The credit of EUR 385,000 received on "
        "12 October 2022 in account No. 2100-4817-1102 is documented."),
        # the same transaction told twice alike
        ("On 3 May 2022 he transferred USD 250,000 from account No. 0123-456789-01. "
        "The transfer on 3 May 2022 of USD 250,000 from account 0123456789-01 is the subject of this request."),
    ],
)
def test_agreeing_amounts_and_different_transactions_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()


def test_a_conversion_or_an_estimate_in_words_is_not_compared(linter: Linter) -> None:
    text = "He paid EUR 9,200 (about ten thousand US dollars) and PKR 2,800,000 (the equivalent of ten thousand dollars)."
    assert findings(linter, text) == ()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("He received Rs. 5,00,000/- (Rupees fifty lakh only) on 3 May 2021.", "5,000,000"),
        ("He received INR 1,25,00,000 (one crore twenty lakh rupees).", "12,000,000"),
        ("He paid € 50.000,00 (five thousand euros).", "5,000"),
        ("He received USD 1.2 million (one million US dollars).", "1,200,000 USD"),
        (
            (
                "The company paid two transfers: EUR 385,000 on 12 October 2022 and EUR 212,000 on 9 January 2023, "
                "in all EUR 597,000, credited to account No. 2100-4817-1102.\n\n"
                "Please provide the documents of the credit of EUR 358,000 received on 12 October 2022 in account "
                "No. 2100-4817-1102 and of every debit above EUR 10,000."
            ),
            "'EUR 358,000' here but 'EUR 385,000'",
        ),
        (
            (
                "On 3 May 2021 KHAN transferred USD 10,000 from account No. 0123-4567890 to Dubai.\n\n"
                "On 3 May 2021 KHAN transferred EUR 10,000 from account No. 0123-4567890 to Dubai."
            ),
            "'EUR 10,000' here but 'USD 10,000'",
        ),
    ],
)
def test_south_asian_scales_european_separators_and_currencies(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert says in finding.message
