"""MLA302 identifier-mismatch: an identifier fails its check, or one person's identifier changes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.births import sentence_bounds
from mla_lint.entities import is_transposition
from mla_lint.findings import Finding, Severity
from mla_lint.identifiers import Identifier, document_identifiers
from mla_lint.model import Document
from mla_lint.rule import Rule

SEVERAL = re.compile(
    r"\b(?:previous|former|old|expired|earlier|new|current|renewed|replacement|second|another|other|dual|both)\b",
    re.IGNORECASE,
)
"""Words that announce a second document of one kind, so that two numbers are expected."""
ONE_PER_PERSON = frozenset({"passport", "CNIC"})
"""Kinds of identifier a person has one of at a time (a person may hold many accounts and telephones)."""


class IdentifierMismatch(Rule):
    """An identifier fails its own check, or differs between two mentions of one person or account.

    **What it checks.**

    - IBANs (ISO 13616 check digits), SWIFT/BIC codes (ISO 9362 form and
      country), Pakistan CNIC numbers and international telephone numbers
      (the numbering plan of their country) are checked with python-stdnum
      and phonenumbers; one that fails is reported once, at its first place,
      with its other places as related locations.
    - A person given two different passport or national identity (CNIC)
      numbers: the holder is the first name of the sentence that gives the
      number ("Mohammad Ali KHAN (CNIC ..., passport No. ...)"), the same
      person in any word order; not when the request says there are two
      ("his previous passport", "a second, British passport").
    - Two identifiers of one kind that differ only by two neighbouring
      characters swapped ("AB1234567" and "AB1234576", account
      "0123-456789-01" and "0123-456798-01"): the classic typing error.

    Each finding is at the later mention, with the earlier one as a related
    location.

    **Why it matters.** The identifiers are how the requested state finds
    the person and the account. A bank asked about an IBAN that cannot exist
    answers that there is no such account; a border authority asked about
    passport AB1234576 finds nothing, or someone else. A wrong identifier
    can also make coercive measures fall on the wrong person.

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("the identity,
    location and nationality of any person concerned"),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1); ISO
    13616 (IBAN) and ISO 9362 (BIC) as implemented by python-stdnum.

    **Bad.** "Mohammad Ali KHAN (passport No. AB1234567) ... Mr KHAN
    travelled on passport AB1234576."

    **Good.** The same passport number in both places.
    """

    code = "MLA302"
    name = "identifier-mismatch"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(e); UNCAC Art. 46(15)(e)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        identifiers = facts.derived(document_identifiers)
        failing: dict[tuple[str, str], list[Identifier]] = {}
        for identifier in identifiers:
            if identifier.problem is not None:
                failing.setdefault((identifier.kind, identifier.value), []).append(identifier)
        for first, *again in failing.values():
            yield self.finding(
                f"The {first.kind} '{first.text}' cannot be right: {first.problem}"
                + (f" (it is written {len(again) + 1} times)." if again else "."),
                first.block,
                first.start,
                first.end,
                related=[i.related(f"the same {i.kind} again") for i in again],
                suggestion=f"Copy the {first.kind} again from the source document.",
            )
        for index, later in enumerate(identifiers):
            earlier = next((e for e in identifiers[:index] if _conflict(e, later, identifiers)), None)
            if earlier is None:
                continue
            reason = (
                "two neighbouring characters are swapped"
                if is_transposition(earlier.value, later.value)
                else f"both are given for {later.holder or earlier.holder}"
            )
            yield self.finding(
                f"The {later.kind} '{later.text}' ({later.where}) is written '{earlier.text}' in {earlier.where}: "
                f"{reason}.",
                later.block,
                later.start,
                later.end,
                related=[earlier.related(f"the {earlier.kind} as first written")],
                suggestion=f"Check the {later.kind} against the source document and write it the same way throughout.",
            )


def _conflict(earlier: Identifier, later: Identifier, identifiers: tuple[Identifier, ...]) -> bool:
    """The two are one identifier written two ways: same kind, different values, and a typo or one holder."""
    if earlier.kind != later.kind or earlier.value == later.value:
        return False
    if earlier.problem is not None or later.problem is not None:
        return False  # already reported as failing its check
    if is_transposition(earlier.value, later.value):
        return True
    if later.kind not in ONE_PER_PERSON or _several_declared(earlier) or _several_declared(later):
        return False
    return _same_holder(earlier, later, identifiers)


def _several_declared(identifier: Identifier) -> bool:
    """The sentence says the person has more than one ("his previous passport", "a second, British passport")."""
    lo, hi = sentence_bounds(identifier.block.text, identifier.start)
    return bool(SEVERAL.search(identifier.block.text, lo, hi))


def _same_holder(first: Identifier, second: Identifier, identifiers: tuple[Identifier, ...]) -> bool:
    """One person: the same name in any order, or a part of the name that fits only one holder of that kind."""
    a, b = first.holder_key, second.holder_key
    if not a or not b:
        return False
    if a == b:
        return len(a) >= 2
    smaller, larger = (a, b) if len(a) < len(b) else (b, a)
    if not smaller < larger:
        return False
    holders = {i.holder_key for i in identifiers if i.kind == first.kind and i.holder_key and smaller <= i.holder_key}
    return holders == {smaller, larger}
