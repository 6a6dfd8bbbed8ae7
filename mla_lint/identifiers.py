"""Identifiers the request gives for persons, companies and accounts, and whose they are (for MLA302).

A request identifies its targets by numbers: passports, national identity
numbers (Pakistan's CNIC 12345-1234567-1, Poland's PESEL, Spain's DNI ...),
IBANs, SWIFT/BIC codes, bank account numbers, telephone numbers, e-mail
addresses, vehicle registrations, company registration numbers. This module
finds them with their kind, checks the ones that carry their own check
(IBAN, BIC and the national numbers with ``python-stdnum``, telephone
numbers with ``phonenumbers``, Google's libphonenumber metadata), and
attaches each to the entity (``mla_lint.people``) it is stated for:

- the name right after it, introduced by "held by", "used by", "in the
  name of", "belonging to", "registered to" or "of" ("registration No.
  0123456 of Khyber Traders Ltd", "mobile +92 300 1234567 used by KHAN");
- else the name just before it when it stands in brackets opened right
  after that name ("son of Ali Hassan KHAN (passport No. ...)") or only
  its label stands between them ("Lagoon Crest Limited, company No. ...");
- else the nearest name before it in its sentence that is not a relative's
  ("KHAN, Mohammad Ali, son of Ali Hassan KHAN, holding CNIC No. ..." is
  the son's; "Mr Imran KHAN on passport No. ... and Mohammad Ali KHAN on
  passport No. ..." gives each his own), never a company for a passport, a
  national number, a telephone or an e-mail address;
- else, after "his" or "her" ("his passport No. ..."), the person first
  named in the last sentence that names one (its subject, more likely
  than a company or a person in passing to be the "his").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING

import phonenumbers
from stdnum import bic, iban
from stdnum.ar import cuit
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.es import dni, nie
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.id import nik
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.tr import tckimlik

from mla_lint.births import CAPITAL, sentence_bounds
from mla_lint.entities import NameMention
from mla_lint.findings import Related
from mla_lint.model import Block
from mla_lint.people import People, people

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

NUMBER_WORD = r"(?:\s+(?i:No\.?|Nos\.?|number|Nr\.?|#))?(?:\s+(?i:is))?\s*:?\s*"
"""What may stand between a label and its value: "passport No. ", "CNIC number: ", "PESEL "."""
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")
BIC = re.compile(rf"\b(?i:SWIFT|BIC)(?:\s*(?i:code|/BIC))?{NUMBER_WORD}(?P<id>[A-Z0-9]{{6,12}})\b")
CNIC = re.compile(r"(?<![\d-])\d{5}-\d{7}-\d(?![\d-])")
PASSPORT = re.compile(rf"\b(?i:passport){NUMBER_WORD}(?P<id>[A-Z]{{0,3}}\d[A-Z0-9]{{4,11}})\b")
ACCOUNT = re.compile(rf"\b(?i:account|a/c|acct)\.?{NUMBER_WORD}(?P<id>\d[\d\- ]{{4,30}}\d)(?![\d-])")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
VALUE = r"(?P<id>[A-Z0-9]*\d[A-Z0-9\-/.]*[A-Z0-9]|\d)(?![\w\-/])"
"""An identifier's value: capitals and digits, with at least one digit, hyphens and slashes inside."""
NATIONAL_SCHEMES: dict[str, tuple[str, ModuleType | None]] = {
    "cnic": ("CNIC", cnic), "pesel": ("PESEL", pesel), "dni": ("DNI", dni), "nie": ("NIE", nie),
    "curp": ("CURP", curp), "aadhaar": ("Aadhaar", aadhaar), "cpf": ("CPF", cpf), "nik": ("NIK", nik),
    "codice fiscale": ("codice fiscale", codicefiscale), "resident identity card": ("resident identity card", ric),
    "rut": ("RUT", rut), "cuit": ("CUIT", cuit), "cuil": ("CUIL", cuit),
    "tc kimlik": ("TC kimlik", tckimlik), "nric": ("NRIC", nric),
    **{
        label: ("national ID", None)
        for label in (
            "national identity card", "national identity", "national id card", "national id", "identity card",
            "id card", "identity number", "nic", "nin", "personal identification number", "personal code",
            "cédula", "cedula",
        )
    },
}
"""Labels of national identity numbers: the kind reported, and the python-stdnum module that checks the ones
with a check digit (a generic "national identity card" is not checked: its format depends on the state)."""
WRAPPED_DIGITS = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d)")
"""A line break between two groups of digits (only the break itself is replaced, so offsets stay)."""
SHARED_LABELS = frozenset({"dni", "nric"})
"""Labels several states give their identity document: "DNI" is Spain's (8 digits and a check letter) but also
Peru's and Argentina's (digits only); "NRIC" is Malaysia's and Singapore's. A number of another form may be
another state's: only a failed check of a number in the checked scheme's own form is a defect."""
NATIONAL_LABEL = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in sorted(NATIONAL_SCHEMES, key=len, reverse=True))
NATIONAL_ID = re.compile(
    rf"\b(?P<label>{NATIONAL_LABEL})\)?(?:\s*\((?P<acronym>[A-Z]{{2,6}})\))?{NUMBER_WORD}{VALUE}",
    re.IGNORECASE,
)
VEHICLE = re.compile(
    r"\b(?i:(?:vehicle|car|motor\s*car|motorcycle|lorry|truck|van|jeep|bus)\b[^.;\n]{0,50}?\b(?:registration|reg\.)"
    r"|(?:registration|licen[cs]e|number)\s+plate|registration\s+mark)"
    rf"{NUMBER_WORD}(?P<id>[A-Z0-9](?:[A-Z0-9]|[\s-](?=[A-Z0-9])){{2,13}})\b(?![a-z])"
)
"""A vehicle's registration: "car bearing registration No. LEA-1234", "number plate KDA 123A"."""
COMPANY = re.compile(
    r"\b(?i:(?:company|companies\s+house|commercial|business|trade|corporate|incorporation)"
    r"(?:\s+(?:registration|register(?:ed)?|registry)(?:\s+(?:No\.?|number|Nr\.?))?|\s+(?:No\.?|number|Nr\.?))"
    r"|registered\s+(?:under|with)\s+(?:No\.?|number))\s*:?\s*"
    rf"|\b(?:RC|CIN|UEN|OGRN|EDRPOU)(?:\s+No\.?)?\s*:?\s*"
    rf"|\b(?i:registration){NUMBER_WORD}(?=\S+\s+of\s+{CAPITAL})"
)
"""The label of a company's registration number: "company registration No.", "RC" (Nigeria), "CIN" (India),
"UEN" (Singapore), "registration No. ... of XYZ Ltd" (a bare "registration No." only when a company's name
follows with "of"); not "CR"/"CRN", which are also crime reference numbers."""
COMPANY_VALUE = re.compile(VALUE)
MIN_NATIONAL = 5
MIN_COMPANY = 4
"""The fewest characters of a national identity number and of a company number."""
HOLDER_CUE = re.compile(
    r"\b(?:(?:held|used|owned|operated|controlled|subscribed)\s+by|in\s+the\s+names?\s+of|belonging\s+to|"
    r"registered\s+(?:to|in\s+the\s+name\s+of))\s+(?:M/s\.?\s+|the\s+(?:suspect|accused|company|firm)\s+)?$",
    re.IGNORECASE,
)
"""A holder named a little after the identifier: "account No. ... maintained at Allied Bank Limited in the name
of M/s Arif Traders"."""
HOLDER_AFTER = re.compile(
    r"^[\s,)]*(?:\(\s*)?(?:(?:(?:used|held|owned|registered|issued|operated|controlled|subscribed)\s+(?:by|to)|"
    r"in\s+the\s+name\s+of|belonging\s+to|of)\s+)(?:the\s+(?:suspect|accused|company|firm|witness|defendant)\s+)?$",
    re.IGNORECASE,
)
"""What stands between an identifier and a holder named after it ("... used by", "... in the name of")."""
RELATIVE_OF = re.compile(
    r"\b(?:son|daughter|wife|widow|husband|father|mother|brother|sister|cousin|uncle|nephew|niece|spouse)\s+"
    r"(?:of\s+)?(?:the\s+\w+\s+)?$|\b[sdwr]/o\.?\s*$|\b(?:resident\s+of|residing\s+at|living\s+at)\s*$",
    re.IGNORECASE,
)
"""Words naming a relative of the person a sentence is about ("son of", "s/o", "his brother"), or his address
("r/o", "resident of")."""
RELATIVE_AFTER = re.compile(
    r"^['’]s\s+(?:\w+\s+)?(?:son|daughter|wife|widow|husband|father|mother|brother|sister|cousin|uncle|nephew|niece|"
    r"spouse)\b",
    re.IGNORECASE,
)
"""A name standing for a relative of its own: "KHAN's father", "Mr Khan's elder brother"."""
RELATIVE_WINDOW = 30
PERSONAL = frozenset({"passport", "telephone", "e-mail", "national ID"} | {kind for kind, _ in NATIONAL_SCHEMES.values()}) - {
    "RUT", "CUIT"
}  # Chile's RUT and Argentina's CUIT number companies too
"""Kinds only a person holds: a company is never their holder."""
POSSESSIVE = re.compile(r"\b(?:his|her)\s+(?:[\w.:-]+\s+){0,3}$", re.IGNORECASE)
IN_BRACKETS = re.compile(r"^\s*(?:[a-z.]{1,6}\s*){0,3}\([^()]*$")
"""An identifier in brackets opened right after a name (and its lower-case company suffix, "plc", "sp. z o.o.")
is that name's: "son of Ali KHAN (passport No. ...)"."""
APPOSITION = re.compile(
    r"^[ \t]*[,\n]\s*(?:(?:its|his|her|the|company|registration|registered|passport|national|identity|card|ID|No\.?|"
    r"number|tel\.?|telephone|mobile|phone|e-?mail|address|account|a/c|vehicle|car|plate)\s*:?\s*)+$",
    re.IGNORECASE,
)
"""So is one labelled right after a name and a comma: "Lagoon Crest Limited, company No. ..." (but not one after
"son of Ali KHAN, holding ...": a verb makes it the sentence's subject's)."""
RELATIVE = re.compile(r"^\s*,?\s*(?:who|whose|which)\b[^;()]*$", re.IGNORECASE)
"""And one in a relative clause on the name: "travelled with Imran KHAN, whose passport No. ..."."""
HOLDER_AFTER_WINDOW = 90
PRONOUN_BLOCKS = 2
"""How many blocks back a "his"/"her" looks for the person last named."""


@dataclass(frozen=True)
class Identifier:
    """One identifier in one block: its kind, its value as written and normalised, and its holder."""

    block: Block
    start: int
    end: int
    kind: str
    """"IBAN", "BIC", "CNIC" (and other national schemes: "PESEL", "DNI" ...), "national ID", "passport",
    "account", "telephone", "e-mail", "vehicle" or "company number"."""
    value: str
    """Without spaces and hyphens, in capitals (e-mail: in lower case)."""
    problem: str | None = None
    """Why the identifier cannot be right (a failed checksum, an impossible number), or None."""
    holder: NameMention | None = None
    """The name it is stated for (see the module's docstring), or None."""
    holders: tuple[int, ...] = ()
    """The entities the holder's name may be (one when it is known; several when the name is ambiguous)."""

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def where(self) -> str:
        return self.block.span_location(self.start, self.end).describe()

    @property
    def holder_name(self) -> str:
        return self.holder.text if self.holder is not None else ""

    def related(self, message: str) -> Related:
        return Related(
            location=self.block.span_location(self.start, self.end),
            message=message,
            excerpt=self.block.excerpt(self.start, self.end),
        )


def _normal(text: str) -> str:
    return re.sub(r"[\s\-/.]", "", text).upper()


def _national_problem(kind: str, scheme: ModuleType | None, value: str, label: str) -> str | None:
    """Why a national identity number cannot be right, or None (also when no scheme checks it)."""
    if scheme is None:
        return None
    try:
        scheme.validate(value)
    except ValidationError as failure:
        if label in SHARED_LABELS and not isinstance(failure, InvalidChecksum):
            return None  # another state's document of the same name, in its own form
        return f"it is not a valid {kind} number (its check fails)"
    return None


def find_identifiers(block: Block) -> list[Identifier]:
    """Every identifier in ``block``, checked where its kind has a check (holders not yet attached)."""
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int, value: str, problem: str | None = None) -> None:
        if any(start < hi and lo < end for lo, hi in taken):
            return
        taken.append((start, end))
        found.append(Identifier(block, start, end, kind, value, problem))

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
    for match in NATIONAL_ID.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        acronym = (match.group("acronym") or "").lower()
        label = acronym if acronym in NATIONAL_SCHEMES else label
        kind, scheme = NATIONAL_SCHEMES[label]
        value = _normal(match.group("id"))
        if len(value) < MIN_NATIONAL:
            continue  # "ID card No. 2 of the annex" is no identity number
        add(kind, match.start("id"), match.end("id"), value, _national_problem(kind, scheme, value, label))
    for match in PASSPORT.finditer(text):
        add("passport", match.start("id"), match.end("id"), match.group("id").upper())
    for match in ACCOUNT.finditer(text):
        add("account", match.start("id"), match.end("id"), _normal(match.group("id")))
    for match in VEHICLE.finditer(text):
        value = _normal(match.group("id"))
        if any(c.isdigit() for c in value):
            add("vehicle", match.start("id"), match.end("id"), value)
    for match in COMPANY.finditer(text):
        value = COMPANY_VALUE.match(text, match.end())
        if value is not None and len(_normal(value.group("id"))) >= MIN_COMPANY:
            add("company number", value.start("id"), value.end("id"), _normal(value.group("id")))
    unwrapped = WRAPPED_DIGITS.sub(lambda gap: " " * len(gap.group()), text)  # a number wrapped at a line end ("+86 10 6515\n2030"), same offsets
    for match in phonenumbers.PhoneNumberMatcher(unwrapped, None, leniency=phonenumbers.Leniency.POSSIBLE):
        number = match.number
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        problem = None if phonenumbers.is_valid_number(number) else "no telephone number of that country has this form"
        add("telephone", match.start, match.end, value, problem)
    for match in EMAIL.finditer(text):
        add("e-mail", match.start(), match.end(), match.group().lower().rstrip("."))
    return sorted(found, key=lambda identifier: identifier.start)


def document_identifiers(facts: Analysis) -> tuple[Identifier, ...]:
    """The identifiers of the request's body with their holders (once per document, through ``facts.derived``)."""
    found = facts.derived(people)
    order = [(m.block.index, m.start) for m in found.mentions]
    return tuple(
        _attached(identifier, found, order) for block in facts.document.body() for identifier in find_identifiers(block)
    )


def _attached(identifier: Identifier, found: People, order: list[tuple[int, int]]) -> Identifier:
    holder = _holder(identifier, found, order)
    return replace(identifier, holder=holder, holders=found.candidates(holder) if holder is not None else ())


def _holder(identifier: Identifier, found: People, order: list[tuple[int, int]]) -> NameMention | None:
    """The name the identifier is stated for (see the module's docstring)."""
    block, text = identifier.block, identifier.block.text
    in_block = found.mentions_in(block)
    lo, hi = sentence_bounds(text, identifier.start)
    for after in (m for m in in_block if identifier.end <= m.start < min(hi, identifier.end + HOLDER_AFTER_WINDOW)):
        between = text[identifier.end : after.start]
        if HOLDER_AFTER.match(between) or HOLDER_CUE.search(between):
            return after
    before = [m for m in in_block if lo <= m.start and m.end <= identifier.start]
    if before and any(
        pattern.match(text[before[-1].end : identifier.start]) for pattern in (IN_BRACKETS, APPOSITION, RELATIVE)
    ):
        return before[-1]
    linked = [m for m in before if found.candidates(m) and not (identifier.kind in PERSONAL and m.is_org)]
    principal = [m for m in linked if not _relative(m, text, lo)]
    if principal:
        return principal[-1]
    if linked:
        return None  # only relatives are named ("Mr KHAN's father holds ..."): whose, the text does not say
    if not POSSESSIVE.search(text[lo : identifier.start]):
        return before[0] if before else None
    at = bisect_left(order, (block.index, identifier.start))
    subject: NameMention | None = None
    for mention in reversed(found.mentions[:at]):
        if mention.block.index < block.index - PRONOUN_BLOCKS:
            break
        if found.entity_of(mention) is None or mention.is_org:
            continue
        if subject is not None and not _same_sentence(subject, mention):
            break
        subject = mention  # going back to the first person named in that sentence: its subject
    return subject


def _relative(mention: NameMention, text: str, sentence_start: int) -> bool:
    """The name is a relative's of the sentence's person ("son of Ali KHAN"), or stands for one ("KHAN's father")."""
    before = text[max(sentence_start, mention.start - RELATIVE_WINDOW) : mention.start]
    after = text[mention.end - 2 if mention.text.endswith(("'s", "’s")) else mention.end : mention.end + RELATIVE_WINDOW]
    return bool(RELATIVE_OF.search(before) or RELATIVE_AFTER.match(after))


def _same_sentence(first: NameMention, second: NameMention) -> bool:
    return first.block is second.block and sentence_bounds(first.block.text, first.start) == sentence_bounds(
        second.block.text, second.start
    )
