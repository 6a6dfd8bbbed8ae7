"""MLA108 persons-concerned: a person or company concerned is identified by name and particulars."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.passages import clauses, content_blocks, is_letter_frame, table_rows

if TYPE_CHECKING:
    from spacy.tokens import Span

HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Sig|Shri|Smt|Alhaji|Chief|Engr|Eng|Datuk|Dato|"
    r"Tan\s+Sri|Haji|Hajjah|Adv|Lic|Atty)\.?\s+"
    r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+",
)
COMPANY = re.compile(
    r"\b[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9(][\w&'’.()-]*|&|and|of|de|du|la|van|der))*?\s*,?\s+"
    r"(?:(?i:Ltd|Limited|LLC|L\.L\.C|Inc|Incorporated|Corp|Corporation|plc|GmbH|S\.A|SAS|S\.A\.S|SARL|B\.V|"
    r"N\.V|Pte|Pty|SRL|S\.R\.L|Lda|Ltda|LLP|Company|Holdings?|SpA|S\.p\.A|Bhd|Sdn|FZE|FZCO|FZ-LLC|DMCC|Kft|"
    r"sp\.\s?z\s?o\.o|d\.o\.o|s\.r\.o)|SA|AG|BV|NV|Co|KG|OOO|OU|AB|AS|ApS|Oy|SE|LP|PLC)\b\.?",
)
"""A company name with its legal-form suffix ("Kestrel Global Trading Ltd", "Van Rijswijk Electronics B.V.")."""

DOB = re.compile(
    r"\bborn\b[^.;]{0,40}?\d|\bdate\s+of\s+birth\b|\bD\.?O\.?B\b|\bborn\s+(?:on|in)\b|\bbirth\s*date\b|\bn[ée]e?\s+le\b|\baged?\s+\d{1,3}\b",
    re.IGNORECASE,
)
NATIONALITY = re.compile(
    r"\b(?:a|an|the)\s+(?:[A-Z][a-z]+[\s-]){1,2}(?:national|citizen|subject|resident)s?\b"
    r"|\b(?:national|citizen|subject)s?\s+of\s+(?:the\s+)?[A-Z]"
    r"|\bnationality\b|\bcitizenship\b|\b(?:[A-Z][a-z]+)\s+(?:nationals?|citizens?)\b"
)
IDENTIFIER = re.compile(
    r"\b(?:passports?|identity\s+(?:card|document|number|no)|ID\s*(?:card|no|number|#)|national\s+(?:identity|ID|"
    r"identification|insurance)|identification\s+(?:no|number|card)|CNIC|NIC|NIN|NRIC|BVN|SSN|social\s+security|"
    r"registration\s+(?:no|number|code)|registered\s+(?:under|with|in|at|office)|company\s+(?:no|number|"
    r"registration|reg)|registry\s+(?:no|number)|reg\.?\s*no|UEN|Unique\s+Entity\s+Number|CNPJ|CPF|PAN|Aadhaar|"
    r"tax\s+(?:id|identification|number|reference|code)|TIN|VAT\s+(?:no|number)|commercial\s+register|HRB|HRA|KRS|"
    r"licen[cs]e\s+(?:no|number)|IC\s+(?:no|number)|Emirates\s+ID|HKID|Kong\s+Identity\s+Card|KvK|SIREN|SIRET|"
    r"RCS|EIN|ITIN|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|residence\s+permit|CRN|ABN|ACN|NZBN|"
    r"personal\s+(?:code|number|identification)|PESEL|NIF|NIE|DNI|RUT|RFC|CURP|BSN|codice\s+fiscale|"
    r"company\s+registered|incorporated\s+(?:in|under))\b[^;]{0,50}?\d",
    re.IGNORECASE,
)
ADDRESS_WORD = re.compile(
    r"\b(?:(?:lives?|living|lived|resides?|residing|resident|staying|stays|residence)\s+(?:in|at|on|near|with)|"
    r"(?:domiciled|based|located|situated|hiding|settled)\s+(?:in|at)|resides|residing|address|whereabouts|registered\s+office|"
    r"place\s+of\s+business|business\s+premises|of\s+no\s+fixed\s+abode)\b[^.;]{0,60}?(?:[A-Z][a-z]|\d)",
    re.IGNORECASE,
)
STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?,?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|"
    r"Boulevard|Blvd|Drive|Dr|Way|Crescent|Place|Pl|Square|Sq|Close|Court|Ct|Gardens|Terrace|Park|Gate|Hill|Row|"
    r"Walk|Parade|Highway|Hwy|Quay|Wharf|Mews|Grove|Plaza|Circle|Avenida|Rua|Calle|Via|Strasse|Straße|str)\b"
    r"|\b(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:straße|strasse|weg|gasse|platz|laan|straat|kade|gracht|dijk|"
    r"allee|ring|damm|ufer)\s+\d{1,4}\b"
    r"|\b(?:Flat|Apartment|Apt|Unit|Suite|Room|Block|House|Plot|Villa|Building)\s+[\w/-]*\d"
    r"|\bP\.?\s?O\.?\s+Box\s+\d|\b(?:Land\s+Reference|LR|Plot)\s+No\.?\s*\d",
)
PRONOUN_START = re.compile(r"^\s*(?:He|She|His|Her|They|Their|It|Its|The\s+(?:company|suspect|accused|witness|latter|former))\b")
HEADINGS = ("persons concerned", "person concerned", "persons", "persons involved", "subjects", "suspects",
            "suspect", "accused", "identity", "identification", "parties", "individuals", "entities",
            "persons and entities", "targets", "persons and companies", "details of persons", "witness details",
            "particulars")


class PersonsConcerned(RequiredElement):
    """A person or company concerned by the request is identified by name and at least one particular.

    **What it checks.** That at least one person or company the request is
    about (suspect, accused, witness, account holder, company whose records
    are sought) is named together with at least one of: an address or
    location, a nationality, a date of birth, or an identity or registration
    number, in the same sentence or paragraph ("Imran Saleem Chaudhry, born
    on 14 March 1978, a Pakistani national, CNIC No. 33100-4829175-3";
    "Kestrel Global Trading Ltd, company number 13487520, registered office
    18 Belgrave Gate, Leicester"). A name alone ("the suspect, Mr Khan"), or a
    "Persons Concerned" heading with nothing under it, is not enough.

    **Why it matters.** The requested state must find the person, the
    account or the company, and tell it apart from namesakes; banks and
    registries search by name *and* date of birth or number. Without
    particulars the request comes back with a question.

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("where
    possible, the identity, location and nationality of any person
    concerned"); ECMA 1959 Art. 14(1)(c) ("where possible, the identity and
    the nationality of the person concerned"); Swiss IMAC Art. 28(2)(d).

    **Bad.** "The suspect, Mr Khan, is believed to have accounts in your
    country."

    **Good.** "Imran Saleem Chaudhry, born on 14 March 1978 in Faisalabad, a
    Pakistani national holding passport No. BN4417296, believed to live at
    41 Kingsbury Road, Leicester."
    """

    code = "MLA108"
    name = "persons-concerned"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(e); UNCAC Art. 46(15)(e); ECMA Art. 14(1)(c)"
    heading_phrases: ClassVar[tuple[str, ...]] = HEADINGS
    missing = (
        "No person or company concerned is identified by name together with an address or location, nationality, "
        "date of birth or identity/registration number."
    )
    add = (
        "Identify each person concerned, e.g. \"Imran Saleem Chaudhry, born on 14 March 1978, a Pakistani national, "
        "passport No. BN4417296, believed to live at 41 Kingsbury Road, Leicester\"; for a company give its "
        "registration number and registered office."
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return find_person_identified(facts)


TABLE_NAME_HEADER = re.compile(r"\b(?:name|names|person|holder|company|entity|suspect|accused|witness|individual|director|owner|subject)s?\b", re.IGNORECASE)
TABLE_PARTICULAR_HEADER = re.compile(
    r"\b(?:birth|d\.?o\.?b|born|nationality|citizenship|passport|identity|ID|identification|address|residence|"
    r"registration|registered|company\s+(?:no|number)|reg\.?\s*no|location|whereabouts|domicile)\b", re.IGNORECASE,
)


def find_person_identified(facts: Analysis) -> Evidence | None:
    for header, rows in table_rows(facts):
        # A table of persons: "Name | Date of birth | Passport No." with at least one filled row.
        names = [n for n, cell in enumerate(header) if TABLE_NAME_HEADER.search(cell.text)]
        particulars = [n for n, cell in enumerate(header) if TABLE_PARTICULAR_HEADER.search(cell.text)]
        if names and particulars:
            for row in rows:
                filled = {n for n, cell in enumerate(row) if len(cell.text.strip()) > 1}
                if filled & set(names) and filled & (set(particulars) - set(names)):
                    return Evidence.of_block(row[min(filled & set(names))])
    for block in content_blocks(facts):
        if is_letter_frame(block.text):
            continue
        spans = clauses(facts, block)
        for n, span in enumerate(spans):
            if _name_of_place(span):
                return Evidence.of_span(block, span)
            particulars = particular_spans(span.text)
            if not particulars:
                continue
            names = name_spans(span)
            if names and _connected(span, names, particulars):
                return Evidence.of_span(block, span)
            if n > 0 and PRONOUN_START.match(span.text) and name_spans(spans[n - 1]):
                return Evidence.of_span(block, span)
    return None


AUTHORITY_WORDS = frozenset({
    "office", "ministry", "department", "court", "authority", "service", "agency", "division", "unit", "bureau",
    "commission", "directorate", "chambers", "government", "police", "prosecution", "justice", "republic", "state",
    "kingdom", "federal", "national", "central", "general", "international", "bank", "street", "road", "avenue",
    "convention", "treaty", "act", "code", "law", "article", "section", "annex", "schedule", "facts", "summary",
})


STREET_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "drive", "way", "crescent", "place", "square",
    "close", "court", "gardens", "terrace", "park", "gate", "hill", "row", "walk", "parade", "highway", "quay",
    "building", "house", "tower", "plaza", "centre", "center", "estate", "block",
})


def particular_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of addresses/locations, nationalities, dates of birth and identity/registration numbers."""
    return [m.span() for pattern in (DOB, NATIONALITY, IDENTIFIER, ADDRESS_WORD, STREET) for m in pattern.finditer(text)]


def _name_of_place(span: Span) -> bool:
    """"Mr Imran Khan of Lahore", "Zarkon Textiles (Private) Limited, of Faisalabad": a name with its town."""
    text = span.text
    gpe = [(e.start_char - span.start_char, e.end_char - span.start_char) for e in span.ents if e.label_ in {"GPE", "LOC", "NORP", "FAC"}]
    for _, end in name_spans(span):
        match = re.match(r"(?:\s*\([^()]{1,40}\))*\)?,?\s+(?:of|from)\s+", text[end:])
        if match and any(start == end + match.end() for start, _ in gpe):
            return True
    return False


def has_particular(text: str) -> bool:
    """An address/location, nationality, date of birth or identity/registration number."""
    return bool(particular_spans(text))


def name_spans(span: Span) -> list[tuple[int, int]]:
    """Character spans (relative to ``span``) of persons' and companies' names (not authorities')."""
    text = span.text
    found = [m.span() for m in HONORIFIC.finditer(text)] + [m.span() for m in COMPANY.finditer(text)]
    for ent in span.ents:
        if ent.label_ == "PERSON" and (len(ent) >= 2 or any(t.pos_ == "PROPN" for t in ent)):
            if not any(t.lower_ in {"attorney", "general", "director", "prosecutor", "minister"} for t in ent):
                found.append((ent.start_char - span.start_char, ent.end_char - span.start_char))
    # A run of two to four capitalised proper nouns the model left untyped ("Karim Benali, born on ...").
    run: list = []
    for token in [*span, None]:
        if token is not None and token.pos_ == "PROPN" and token.is_title and token.ent_type_ in {"", "PERSON"} and (
            token.lower_ not in AUTHORITY_WORDS
        ):
            run.append(token)
            continue
        address_like = token is not None and token.lower_ in STREET_WORDS  # "1 Upper Pickering Street"
        if 2 <= len(run) <= 4 and not address_like:
            found.append((run[0].idx - span.start_char, run[-1].idx + len(run[-1]) - span.start_char))
        run = []
    # Non-native or terse drafting: "Sergiu Rusu, citizen of ..." where the model misses the entity:
    # a run of two to four capitalised proper nouns at the start of the sentence, followed by a comma.
    match = re.match(r"\s*(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+\s*,", text)
    if match and all(t.pos_ == "PROPN" for t in span[: len(match.group(0).split())] if t.is_alpha):
        found.append((match.start(), match.end() - 1))
    return found


def names_someone(span: Span) -> bool:
    """A person's name or a company's name (not an authority's)."""
    return bool(name_spans(span))


def _tokens_in(span: Span, start: int, end: int) -> set[int]:
    base = span.start_char
    return {t.i for t in span if t.idx - base < end and t.idx - base + len(t) > start}


def _connected(span: Span, names: list[tuple[int, int]], particulars: list[tuple[int, int]]) -> bool:
    """The particular is said of the named person: in a short sentence by co-occurrence; otherwise through the
    parse (apposition, relative clause, "X is a Kenyan national", "X, born on ...") or right next to the name."""
    if len(span) <= 30:
        return True
    doc = span.doc
    name_tokens = set().union(*(_tokens_in(span, a, b) for a, b in names))
    for start, end in particulars:
        if any(abs(start - b) <= 40 or abs(a - end) <= 15 for a, b in names if start >= a or end <= a):
            if any(0 <= start - b <= 40 for a, b in names):
                return True
        for i in _tokens_in(span, start, end):
            token = doc[i]
            chain = [token, *list(token.ancestors)[:5]]
            if any(t.i in name_tokens for t in chain):
                return True
            for t in chain:
                if t.pos_ in {"VERB", "AUX"}:
                    subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    if any(s.i in name_tokens or any(x.i in name_tokens for x in s.subtree) for s in subjects):
                        # the subject itself, not a name inside a modifier of a different subject
                        if any(s.i in name_tokens or s.pos_ == "PROPN" for s in subjects):
                            return True
                    break
        for i in name_tokens:
            if any(a.i in _tokens_in(span, start, end) for a in list(doc[i].ancestors)[:4]):
                return True
    return False
