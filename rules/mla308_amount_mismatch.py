"""MLA308 amount-mismatch: an amount's words disagree with its figures, or one transaction changes amount."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from mla_lint.amounts import Amount, accounts_in, document_amounts
from mla_lint.analysis import Analysis
from mla_lint.births import sentence_bounds
from mla_lint.dates import DateMention, document_dates, spelled
from mla_lint.findings import Finding, Related, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

MOVEMENTS = {
    "transfer": re.compile(r"\b(?:transferr?\w*|wired?|remitt?\w*|sent|sends?|sending)\b", re.IGNORECASE),
    "deposit": re.compile(
        r"\b(?:deposit\w*|credit(?:ed|s)?|received|lodged|(?:paid|pays?|paying)\s+(?:in)?to\s+(?:the\s+|his\s+|her\s+)?account)\b",
        re.IGNORECASE,
    ),
    "withdrawal": re.compile(r"\b(?:withdr[ae]w\w*|debited|cashed)\b", re.IGNORECASE),
}
"""The kinds of movement of money a sentence tells; two sentences describe one transaction only if of one kind."""
INCOMING = frozenset({"transfer", "deposit"})
"""Kinds that one payment can be told as: a transfer sent is a credit received."""
NOT_A_TRANSACTION = re.compile(
    r"\b(?:in\s+all|in\s+total|total(?:ling|ing)?|altogether|aggregat\w*|above|over|exceeding|more\s+than|"
    r"less\s+than|under|below|up\s+to|at\s+least)\s*(?:of\s+)?$",
    re.IGNORECASE,
)
"""Words before an amount that make it a total or a threshold, not one transaction ("in all EUR 597,000",
"every debit above EUR 10,000")."""
DATE_BESIDE = re.compile(
    r"^\s*(?:,\s*)?(?:(?:on|dated|of|(?:made|received|paid|sent|credited|debited|deposited|transferred|remitted|wired)"
    r"\s+on)\s+)?$",
    re.IGNORECASE,
)
"""What may stand between an amount and its own date: "EUR 385,000 on 12 October 2022"."""


class AmountMismatch(Rule):
    """An amount in words disagrees with its figures, or one transaction is given two amounts.

    **What it checks.** Two things:

    - an amount written in figures and in words side by side ("PKR 5,500,000
      (five million rupees)", "ten thousand US dollars (USD 10,000)",
      "Rs. 12,00,000/- (Rupees twelve lakh only)", "INR 1,25,00,000 (one
      crore twenty-five lakh rupees)", "€ 50.000,00 (fifty thousand
      euros)", "USD 1.2 million") whose number or currency differs between
      the two;
    - one transaction told twice with different amounts or currencies: two
      sentences of the same kind (a transfer, a deposit, a withdrawal) on the
      same date from or to the same account number, each with one amount,
      or with several amounts each written with its own date ("EUR 385,000
      on 12 October 2022 and EUR 212,000 on 9 January 2023"); totals and
      thresholds ("in all EUR 597,000", "every debit above EUR 10,000") are
      no transactions, and a transfer sent is the credit received.
      Different transactions (another day, another account, another kind,
      two amounts of one day in one sentence) are not compared.

    The finding is at the later figure, with the words or the earlier
    mention as a related location.

    **Why it matters.** The amount is what the bank searches for and what a
    freezing or confiscation order is made for. When the request gives two
    amounts the requested state cannot know which is right, and an order for
    the wrong amount may be refused or challenged; in words-and-figures
    drafting the words are meant to be the safeguard against a typing error.

    **Source.** UNTOC Art. 18(15)(b) and (d), UNCAC Art. 46(15)(b) and (d)
    (a summary of the relevant facts; a description of the assistance
    sought), 2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1);
    UNCAC Art. 55(3)(a) (a confiscation request gives "the estimated value of
    the property").

    **Bad.** "The suspect transferred PKR 5,500,000 (five million rupees)."

    **Good.** "The suspect transferred PKR 5,500,000 (five million five hundred
    thousand rupees)."
    """

    code = "MLA308"
    name = "amount-mismatch"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(b), (d); UNCAC Art. 46(15)(b), (d); UNCAC Art. 55(3)(a)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        amounts = facts.derived(document_amounts)
        for amount in amounts:
            if amount.words_disagree:
                yield self._words_finding(amount)
        yield from self._changed_transactions(facts, amounts)

    def _words_finding(self, amount: Amount) -> Finding:
        words = f"'{amount.words}'"
        related = []
        if amount.words_start is not None and amount.words_end is not None:
            related.append(
                Related(
                    location=amount.block.span_location(amount.words_start, amount.words_end),
                    message="the amount in words",
                    excerpt=amount.block.excerpt(amount.words_start, amount.words_end),
                )
            )
        return self.finding(
            f"'{amount.text}' is {_figure(amount.value)} {amount.currency} in figures but {words} in words "
            f"reads {_figure(amount.words_value)}{' ' + '/'.join(sorted(amount.words_currency)) if amount.words_currency else ''}.",
            amount.block,
            amount.start,
            amount.end,
            related=related,
            suggestion="Check the amount against the bank records and make the words and the figures agree.",
        )

    def _changed_transactions(self, facts: Analysis, amounts: tuple[Amount, ...]) -> Iterator[Finding]:
        dates = facts.derived(document_dates)
        by_block: dict[int, list[Amount]] = {}
        for amount in amounts:
            by_block.setdefault(amount.block.index, []).append(amount)
        seen: dict[tuple[str, date, str], Amount] = {}
        for amount in amounts:
            here = [m for m in dates.in_block(amount.block) if m.day is not None]
            for key in _transaction_keys(amount, by_block[amount.block.index], here, dates.day_first):
                earlier = seen.setdefault(key, amount)
                if earlier is amount or (earlier.currency, earlier.value) == (amount.currency, amount.value):
                    continue
                kind, day, account = key
                yield self.finding(
                    f"The {kind} of {spelled(day)} from or to account {account} is '{amount.text}' here but "
                    f"'{earlier.text}' in {earlier.where}.",
                    amount.block,
                    amount.start,
                    amount.end,
                    related=[earlier.related(f"the same {kind} stated as {earlier.text}")],
                    suggestion="Check the bank records and state the transaction with one amount throughout.",
                )
                break


def _transaction_keys(
    amount: Amount, amounts: list[Amount], dates: list[DateMention], day_first: bool | None
) -> list[tuple[str, date, str]]:
    """(kind, day, account) for each account of a sentence that tells one movement of ``amount`` on one day.

    A sentence with one transaction amount (totals and thresholds aside)
    gives the date written right after it, or the sentence's one date; a sentence with several gives each amount the
    date written right after it ("EUR 385,000 on 12 October 2022 and EUR
    212,000 on 9 January 2023"), if every one of them has its own, and then
    only when the sentence tells one kind of incoming payment.
    """
    text = amount.block.text
    lo, hi = sentence_bounds(text, amount.start)
    if NOT_A_TRANSACTION.search(text, lo, amount.start):
        return []
    here = [m for m in dates if m.block is amount.block and lo <= m.start < hi and not m.is_birth]
    others = [
        other for other in amounts
        if other.block is amount.block and lo <= other.start < hi and not NOT_A_TRANSACTION.search(text, lo, other.start)
    ]
    kinds = [kind for kind, pattern in MOVEMENTS.items() if pattern.search(text, lo, hi)]
    if len(others) == 1:
        own = _date_beside(amount, here)
        days = [m.value(day_first) for m in ([own] if own is not None else here)]
        if len(kinds) != 1:
            return []
    else:
        beside = {id(other): _date_beside(other, here) for other in others}
        if any(m is None for m in beside.values()) or len({id(m) for m in beside.values()}) != len(others):
            return []
        if not kinds or not set(kinds) <= INCOMING:
            return []
        days = [beside[id(amount)].value(day_first)]  # type: ignore[union-attr]
    if len(days) != 1 or days[0] is None:
        return []
    return [(kind, days[0], account) for kind in kinds for account in sorted(accounts_in(text[lo:hi]))]


def _date_beside(amount: Amount, dates: list[DateMention]) -> DateMention | None:
    """The date written right after the amount ("EUR 385,000 on 12 October 2022"), if any."""
    text = amount.block.text
    following = [m for m in dates if m.start >= amount.end and DATE_BESIDE.match(text[amount.end : m.start])]
    return following[0] if following else None


def _figure(value: Decimal | None) -> str:
    """5500000 as "5,500,000", 1200000.0 as "1,200,000", 10.50 as "10.50"."""
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,}"
