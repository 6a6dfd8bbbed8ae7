"""Identifiers the request gives for persons, companies and accounts (for MLA302).

A request identifies its targets by numbers: passports, national identity
cards (Pakistan's CNIC, 12345-1234567-1), IBANs, SWIFT/BIC codes, bank
account numbers, telephone numbers, e-mail addresses. This module finds
them with their kind and the name written before them (their holder), and
checks the ones that carry their own check: IBAN and BIC and CNIC with
``python-stdnum``, telephone numbers with ``phonenumbers`` (Google's
libphonenumber metadata).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import phonenumbers
from stdnum import bic, iban
from stdnum.pk import cnic

from mla_lint.births import person_key, subject_before
from mla_lint.findings import Related
from mla_lint.model import Block

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")
BIC = re.compile(r"\b(?i:SWIFT|BIC)(?:\s*(?i:code|/BIC))?\s*(?i:No\.?|number)?\s*:?\s*(?P<id>[A-Z0-9]{6,12})\b")
CNIC = re.compile(r"(?<![\d-])\d{5}-\d{7}-\d(?![\d-])")
PASSPORT = re.compile(r"\b(?i:passport)(?:\s+(?i:No\.?|number|#))?(?:\s+(?i:is))?\s*:?\s*(?P<id>[A-Z]{0,3}\d[A-Z0-9]{4,11})\b")
ACCOUNT = re.compile(
    r"\b(?i:account|a/c|acct)\.?(?:\s+(?i:No\.?|number|Nr\.?|#))?\s*:?\s*(?P<id>\d[\d\- ]{4,30}\d)(?![\d-])"
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")


@dataclass(frozen=True)
class Identifier:
    """One identifier in one block: its kind, its value as written and normalised, and its holder's name."""

    block: Block
    start: int
    end: int
    kind: str
    """"IBAN", "BIC", "CNIC", "passport", "account", "telephone" or "e-mail"."""
    value: str
    """Without spaces and hyphens, in capitals (e-mail: in lower case)."""
    holder: str
    """The first name written before it in the same sentence ("" when none is)."""
    problem: str | None = None
    """Why the identifier cannot be right (a failed checksum, an impossible number), or None."""

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def where(self) -> str:
        return self.block.span_location(self.start, self.end).describe()

    @property
    def holder_key(self) -> frozenset[str]:
        return person_key(self.holder)

    def related(self, message: str) -> Related:
        return Related(
            location=self.block.span_location(self.start, self.end),
            message=message,
            excerpt=self.block.excerpt(self.start, self.end),
        )


def _normal(text: str) -> str:
    return re.sub(r"[\s\-]", "", text).upper()


def find_identifiers(block: Block) -> list[Identifier]:
    """Every identifier in ``block``, checked where its kind has a check."""
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int, value: str, problem: str | None = None) -> None:
        if any(start < hi and lo < end for lo, hi in taken):
            return
        taken.append((start, end))
        found.append(Identifier(block, start, end, kind, value, subject_before(block, start), problem))

    text = block.text
    for match in IBAN.finditer(text):
        value = _normal(match.group())
        if len(value) >= 15 and any(c.isdigit() for c in value[4:]):
            add("IBAN", match.start(), match.end(), value, None if iban.is_valid(value) else "its check digits are wrong")
    for match in BIC.finditer(text):
        value = match.group("id").upper()
        problem = None if bic.is_valid(value) else "it is not a valid SWIFT/BIC code (4 letters, a country, 2 location characters)"
        add("BIC", match.start("id"), match.end("id"), value, problem)
    for match in CNIC.finditer(text):
        value = _normal(match.group())
        add("CNIC", match.start(), match.end(), value, None if cnic.is_valid(value) else "it is not a valid CNIC number")
    for match in PASSPORT.finditer(text):
        add("passport", match.start("id"), match.end("id"), match.group("id").upper())
    for match in ACCOUNT.finditer(text):
        add("account", match.start("id"), match.end("id"), _normal(match.group("id")))
    for match in phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.POSSIBLE):
        number = match.number
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        problem = None if phonenumbers.is_valid_number(number) else "no telephone number of that country has this form"
        add("telephone", match.start, match.end, value, problem)
    for match in EMAIL.finditer(text):
        add("e-mail", match.start(), match.end(), match.group().lower().rstrip("."))
    return sorted(found, key=lambda identifier: identifier.start)


def document_identifiers(facts: Analysis) -> tuple[Identifier, ...]:
    """The identifiers of the request's body (once per document, through ``facts.derived``)."""
    return tuple(identifier for block in facts.document.body() for identifier in find_identifiers(block))
