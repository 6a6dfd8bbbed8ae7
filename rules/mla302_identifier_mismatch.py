"""MLA302 identifier-mismatch: an identifier fails its check, or one person's identifier changes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.births import sentence_bounds
from mla_lint.entities import is_transposition
from mla_lint.findings import Finding, Severity
from mla_lint.identifiers import NATIONAL_SCHEMES, Identifier, document_identifiers
from mla_lint.model import Document
from mla_lint.rule import Rule

SEVERAL = re.compile(
    r"\b(?:previous|former|old|expired|earlier|new|current|renewed|replacement|second|another|other|dual|both)\b",
    re.IGNORECASE,
)
"""Words that announce a second document of one kind, so that two numbers are expected."""
ONE_PER_HOLDER = frozenset({"passport", "company number", "national ID"} | {kind for kind, _ in NATIONAL_SCHEMES.values()})
"""Kinds of identifier a person or company has one of at a time (a person may hold many accounts, telephones,
e-mail addresses and vehicles)."""
REFERENCE = re.compile(
    r"\b(?:said|same|aforesaid|aforementioned|afore-mentioned|above-mentioned|abovementioned|above)\s+"
    r"(?:[\w-]+\s+)?(?:account|a/c|passport|mobile|telephone|phone|number|e-?mail|address|vehicle|car|van|"
    r"registration|IBAN|company|card|identity|ID|CNIC)\b[^,;]{0,25}[,:]?\s*$",
    re.IGNORECASE,
)
"""Words presenting an identifier as one already given: "the said account No.", "the same mobile number"."""
REFERENCE_WINDOW = 50


class IdentifierMismatch(Rule):
    """An identifier fails its own check, or differs between two mentions of one person, company or account.

    **What it checks.**

    - IBANs (ISO 13616 check digits), SWIFT/BIC codes (ISO 9362 form and
      country), national identity numbers that carry a check digit when the
      request names their scheme (Pakistan CNIC, Poland PESEL, Spain DNI/NIE,
      Mexico CURP, India Aadhaar, Brazil CPF, Indonesia NIK, China's resident
      identity card, Italy's codice fiscale) and international telephone
      numbers (the numbering plan of their country) are checked with
      python-stdnum and phonenumbers; one that fails is reported once, at its
      first place, with its other places as related locations.
    - Each identifier is attached to the person or company it is stated for
      (the name after "held by", "used by", "in the name of", "of"; the name
      whose brackets, apposition or relative clause it stands in; else the
      nearest name of its sentence that is not a relative's or an address
      after "son of", "s/o", "r/o"; after "his"/"her", the person the last
      sentence naming one is about), and names are grouped into
      people as MLA301 groups them ("KHAN, Mohammad Ali", "Mr KHAN" and
      "M. A. Khan" are one person when no one else fits; a father and a son
      are two).
    - Kinds a holder has one of at a time — a passport, a national identity
      number, a company's registration number — may not change between two
      mentions of one holder; not when the request says there are two ("his
      previous passport", "a second, British passport").
    - Kinds a holder may have several of — accounts, telephones, e-mail
      addresses, vehicles — are compared only when the text presents the
      later one as the one already given ("the said account No. ...", "the
      same mobile number", "the above-mentioned vehicle"): then it must be
      the one earlier number of that kind (of that holder, if known). Two
      telephone numbers listed for one person are not a defect.
    - A passport, national identity or company number given for two
      holders named beyond doubt (two people; two companies): one of them
      is wrong.
    - Two identifiers of one kind that differ only by two neighbouring
      characters swapped ("AB1234567" and "AB1234576", account
      "0123-456789-01" and "0123-456798-01"): the classic typing error,
      unless they are stated for two different holders.

    Each finding is at the later mention, with the earlier one as a related
    location.

    **Why it matters.** The identifiers are how the requested state finds
    the person, the company and the account. A bank asked about an IBAN
    that cannot exist answers that there is no such account; a border
    authority asked about passport AB1234576 finds nothing, or someone
    else. A wrong identifier can also make coercive measures fall on the
    wrong person.

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("the identity,
    location and nationality of any person concerned"),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1); ISO
    13616 (IBAN) and ISO 9362 (BIC) as implemented by python-stdnum.

    **Bad.** "Mohammad Ali KHAN (passport No. AB1234567) ... Mr KHAN
    travelled on passport AB1234576." "Khyber Traders Ltd (company
    registration No. 0123456) ... Khyber Traders Limited, company No.
    7777777." "KHAN used mobile +92 300 1234567 ... the said mobile number
    +92 300 7654321."

    **Good.** The same number in every place; "KHAN (mobile +92 300 1234567
    and +92 321 7654321)": two telephones listed as two.
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
        for later, earlier in _shared(identifiers):
            yield self.finding(
                f"The {later.kind} '{later.text}' is given for {later.holder_name} ({later.where}) and for "
                f"{earlier.holder_name} ({earlier.where}): one {later.kind} cannot be two holders'.",
                later.block,
                later.start,
                later.end,
                related=[earlier.related(f"the {earlier.kind} given for {earlier.holder_name}")],
                suggestion=f"Check whose {later.kind} it is against the source document.",
            )
        for later, earlier, reason in _mismatches(identifiers):
            yield self.finding(
                f"The {later.kind} '{later.text}' ({later.where}) is written '{earlier.text}' in {earlier.where}: "
                f"{reason}.",
                later.block,
                later.start,
                later.end,
                related=[earlier.related(f"the {earlier.kind} as first written")],
                suggestion=f"Check the {later.kind} against the source document and write it the same way throughout.",
            )


def _mismatches(identifiers: tuple[Identifier, ...]) -> Iterator[tuple[Identifier, Identifier, str]]:
    """Each identifier that contradicts an earlier one, with that one and why (see the rule's docstring)."""
    checked = [i for i in identifiers if i.problem is None]
    by_letters: dict[tuple[str, str], list[Identifier]] = defaultdict(list)
    by_holder: dict[tuple[str, int], list[Identifier]] = defaultdict(list)
    by_kind: dict[str, list[Identifier]] = defaultdict(list)
    holding = _holders_by_kind(checked)
    for later in checked:
        letters = (later.kind, "".join(sorted(later.value)))
        owner = _owner(later, holding)
        seen = {e.value for e in by_letters[letters]}
        swapped = next((e for e in by_letters[letters] if is_transposition(e.value, later.value)), None)
        if later.value in seen or (swapped is not None and _other_holders(swapped, later, holding)):
            swapped = None  # written as before (the swap was reported at its own place), or two holders' numbers
        earlier_of_holder = by_holder[(later.kind, owner)] if owner is not None else []
        if swapped is not None:
            yield later, swapped, "two neighbouring characters are swapped"
        elif later.kind in ONE_PER_HOLDER and earlier_of_holder and not _several_declared(later):
            earlier = next((e for e in earlier_of_holder if e.value != later.value and not _several_declared(e)), None)
            if earlier is not None and later.value not in {e.value for e in earlier_of_holder}:
                yield later, earlier, f"both are given for {later.holder_name or earlier.holder_name}"
        elif _refers_back(later):
            earlier = _referred(later, earlier_of_holder or by_kind[later.kind])
            if earlier is not None:
                yield later, earlier, f"the text refers to it as the {later.kind} already given"
        by_letters[letters].append(later)
        by_kind[later.kind].append(later)
        if owner is not None:
            by_holder[(later.kind, owner)].append(later)


def _shared(identifiers: tuple[Identifier, ...]) -> Iterator[tuple[Identifier, Identifier]]:
    """Each passport, national or company number given for a second holder (a person's kind for two people, a
    company number for two companies), with its first holder's mention; only holders named beyond doubt."""
    first_holder: dict[tuple[str, str], Identifier] = {}
    for later in identifiers:
        if later.kind not in ONE_PER_HOLDER or later.problem is not None or len(later.holders) != 1:
            continue
        if later.holder is None or later.holder.is_org != (later.kind == "company number"):
            continue
        earlier = first_holder.setdefault((later.kind, later.value), later)
        if earlier.holders != later.holders:
            yield later, earlier


def _holders_by_kind(identifiers: list[Identifier]) -> dict[str, frozenset[int]]:
    """For each kind, the entities that certainly hold one (named unambiguously beside it)."""
    holding: dict[str, set[int]] = defaultdict(set)
    for identifier in identifiers:
        if len(identifier.holders) == 1:
            holding[identifier.kind] |= set(identifier.holders)
    return {kind: frozenset(entities) for kind, entities in holding.items()}


def _owner(identifier: Identifier, holding: dict[str, frozenset[int]]) -> int | None:
    """The entity the identifier is stated for: its holder's, or, for an ambiguous name ("Mr KHAN" with a father
    and a son), the one fitting entity known to hold that kind of identifier."""
    if len(identifier.holders) == 1:
        return identifier.holders[0]
    fitting = set(identifier.holders) & holding.get(identifier.kind, frozenset())
    return fitting.pop() if len(fitting) == 1 else None


def _other_holders(first: Identifier, second: Identifier, holding: dict[str, frozenset[int]]) -> bool:
    """The two are stated for two different, known holders: two numbers, however alike."""
    a, b = _owner(first, holding), _owner(second, holding)
    return a is not None and b is not None and a != b


def _several_declared(identifier: Identifier) -> bool:
    """The sentence says the holder has more than one ("his previous passport", "a second, British passport")."""
    lo, hi = sentence_bounds(identifier.block.text, identifier.start)
    return bool(SEVERAL.search(identifier.block.text, lo, hi))


def _refers_back(identifier: Identifier) -> bool:
    """The identifier is introduced as one already given ("the said account No.", "the same number")."""
    before = identifier.block.text[max(0, identifier.start - REFERENCE_WINDOW) : identifier.start]
    return bool(REFERENCE.search(before))


def _referred(later: Identifier, earlier: list[Identifier]) -> Identifier | None:
    """The one earlier identifier a back-reference can mean, if its value differs and no other one was given."""
    values = {e.value for e in earlier}
    if len(values) != 1 or later.value in values:
        return None
    return earlier[0]
