"""MLA207 unexplained-acronym: an acronym is used without ever being spelled out in the request."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis
from mla_lint.countries import find_in_text
from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, BlockKind, Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.language import Language

# -- data: abbreviations every reader of a request knows -------------------------------------------
# Kept small and grouped; ISO country and currency codes come from pycountry, not from this list.
UNIVERSAL: dict[str, tuple[str, ...]] = {
    "international bodies and states": ("UN", "EU", "UK", "USA", "US", "UAE", "USSR"),
    "documents and identifiers": ("ID", "NO", "PDF", "IBAN", "SWIFT", "BIC", "IMEI", "IMSI", "ISBN"),
    "time and place": (
        "AM", "PM", "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "PKT", "IST",
        "EAT", "WAT", "CAT", "SAST", "AEST", "AEDT", "SGT", "HKT", "JST", "MSK", "GST", "BRT", "N", "S", "E", "W", "NE", "NW", "SE", "SW"),
    "everyday technical terms": (
        "IP", "URL", "SMS", "SIM", "PIN", "ATM", "VAT", "DNA", "CCTV", "GPS", "USB", "DVD", "CD", "VPN", "WWW",
        "HTTP", "HTTPS", "OTP", "TV", "CEO", "CFO", "COO", "IT", "ISP", "MSISDN", "ICCID", "DOB", "AKA",
    ),
    "company legal forms": (
        "LLC", "LLP", "PLC", "LTD", "INC", "CORP", "CO", "GMBH", "AG", "KG", "SA", "SAS", "SARL", "SRL", "SPA", "BV",
        "NV", "PTE", "PTY", "PVT", "BHD", "SDN", "FZE", "FZCO", "FZ", "JSC", "PJSC", "OJSC", "OOO", "AB", "AS", "OY",
    ),
    "international banking terms": ("KYC", "AML", "CFT", "CDD", "EDD", "PEP"),
    "letter conventions": ("RE", "REF", "CC", "BCC", "ATTN", "ENCL", "NB", "PS", "PO", "PTO", "FAO"),
    "placeholders (reported by MLA202, not here)": ("TBC", "TBD", "TBA"),
}
KNOWN = frozenset(code for group in UNIVERSAL.values() for code in group)

FUNCTION_WORDS = frozenset({
    "of", "and", "for", "the", "on", "in", "against", "to", "at", "by", "with", "&", "de", "la", "le", "les", "du",
    "des", "del", "da", "do", "dos", "das", "der", "die", "den", "für", "zur", "zum", "und", "et", "y", "e", "di",
})
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mister", "dr", "mme", "mlle", "m", "sir", "madam", "prof", "professor", "judge",
    "justice", "hon", "engr", "shri", "sri", "smt", "mst", "alhaji", "alhaja", "chief", "sheikh", "herr", "frau",
    "sr", "sra", "dona", "dom", "sig", "signor", "signora",
})
TITLES = HONORIFICS | frozenset({
    "prosecutor", "inspector", "detective", "officer", "magistrate", "commissioner", "superintendent", "sergeant",
    "constable", "agent", "counsel", "advocate", "attorney", "minister", "secretary", "director", "president",
    "chief", "deputy", "assistant", "senior", "judge", "witness", "suspect", "accused", "defendant", "staatsanwalt",
})
"""Words before a given name that make the capitalised word after it a surname: "Prosecutor Victor MUNTEANU"."""

CANDIDATE = re.compile(r"(?<![\w/&.@-])(?P<acr>[A-Z][A-Z0-9&]*[A-Z0-9])(?:s|'s|’s)?(?![\w/@]|[&-]\w|\.[A-Za-z])")
ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
STRUCTURAL_BEFORE = re.compile(r"\b(?:part|chapter|article|art\.|title|book|section|schedule|annex|appendix|volume|vol\.|no\.)\s*$", re.IGNORECASE)
MASKS = (
    re.compile(r"\[\d{4}\]\s+[A-Z][A-Za-z]*(?:\s+\(?[A-Z][A-Za-z]*\)?){0,2}\s+\d+"),  # neutral citations: [2020] EWCA Crim 575
    re.compile(r"[\[(]\d{4}[\])]\s+\d{1,3}\s+[A-Z][A-Za-z.]*\s+\d+"),  # law reports: (2019) 5 SCC 1, [2001] 2 AC 91
    re.compile(r"\bAIR\s+\d{4}\s+[A-Z][A-Za-z]*\s+\d+"),  # AIR 2019 SC 123
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),  # UK postcodes: SW1P 4DF, LE4 7PJ
    re.compile(r"\b\d{4}\s?[A-Z]{2}\b"),  # Dutch postcodes: 2514 JK
    re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"),  # US state and ZIP code: DC 20530
    re.compile(r"\b[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]\b"),  # Canadian postcodes
    re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+"),  # addresses
    re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b"),  # IBANs
)
NAME_HEADS = frozenset({
    "place", "house", "tower", "towers", "building", "centre", "center", "plaza", "court", "park", "road", "street",
    "avenue", "lane", "way", "estate", "mall", "square", "limited", "ltd", "holdings", "group", "inc", "corporation",
    "company", "trading", "enterprises", "investments", "properties", "industries", "services", "solutions",
    "logistics", "bank", "plc", "llc", "gmbh", "sa", "s.a.", "ag", "pty", "pte", "bv", "international", "global",
})
"""Words that make a preceding capitalised token part of a name: "ABC Place", "HSBC Bank", "Pemberton Holdings (EA) Limited"."""
PARENTHESIS = re.compile(r"\(([^()]{1,220})\)")
DEFINITION_NOISE = re.compile(
    r"^\s*(?:(?:hereinafter|hereafter|henceforth)\s*(?:referred\s+to\s+as|called|cited\s+as)?|referred\s+to\s+as|"
    r"(?:also\s+)?known\s+as|abbreviated(?:\s+as)?|in\s+short|short|the|a|an|or|together|collectively|jointly)[\s,:]*",
    re.IGNORECASE,
)
HEREINAFTER = re.compile(
    r"\b(?:hereinafter|hereafter|henceforth|referred\s+to\s+as|(?:also\s+)?known\s+as|abbreviated\s+as)\s*(?:referred\s+to\s+as\s+|called\s+)?"
    r"(?:the\s+)?[\"'“‘]?(?P<acr>[A-Z][A-Z0-9&]*[A-Z0-9])\b"
)
GLOSSARY_LINE = re.compile(r"^\s*(?P<acr>[A-Z][A-Z0-9&]*[A-Z0-9])\s*(?::|=|–|—|-|\t|\s{2,}|\bmeans\b|\bstands\s+for\b)\s*(?P<long>\S.{2,150})$")
WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")


@dataclass(frozen=True)
class Use:
    """One use of an acronym: the block and character span."""

    acronym: str
    block: Block
    start: int
    end: int


class UnexplainedAcronym(Rule):
    """An acronym is used without being spelled out anywhere in the request.

    **What it checks.** Each acronym (two or more capital letters, possibly
    with digits or "&": FIA, PPC, OIA, CNIC, EFCC, HMRC) that the request never
    expands, reported once, at its first use. An acronym counts as expanded
    when the request writes "Full Name (ACR)", "ACR (Full Name)", "Full Name
    ('ACR')", "(Full Name, ACR)", "hereinafter ACR", has a glossary line or
    table row for it, or uses the full name whose initials it is ("Mutual Legal
    Assistance" for MLA); initials are compared loosely (function words may be
    skipped, letters may come from inside compound words, as in
    "Landeskriminalamt (LKA)"), and an explanation in words before the
    bracket also counts ("the Brazilian financial intelligence unit
    (COAF)"). Not reported: abbreviations every reader knows
    (UN, EU, UK, US, ID, IBAN, SWIFT, banking terms such as KYC, company
    forms such as LLC or GmbH: the ``UNIVERSAL`` table of this module),
    ISO country and currency codes, roman numerals, words written in capitals
    (headings, "URGENT", surnames like "KHAN"), postcodes and reference codes
    such as "MLA/FIA/2023/0417", and running headers and footers.

    **Why it matters.** The request is read by a central authority, a
    prosecutor and a judge in another legal system, often through a
    translator: the requesting state's own abbreviations for its agencies,
    laws and documents mean nothing to them, and a translator cannot look them
    up.

    **Source.** US DOJ Criminal Resource Manual 281 (drafting requests for
    assistance): "Avoid the use of technical legal terms (e.g., ITAR, ITSP,
    RICO or even probable cause) that are impossible to translate"; UNTOC
    Art. 18(14) and the European Convention on Mutual Assistance Art. 16
    (requests are translated into the requested state's language); Eurojust,
    "Resolving language issues" (mla_requirements.md §3.2, §6.2).

    **Bad.** "The case was registered by the FIA under section 420 PPC."

    **Good.** "The case was registered by the Federal Investigation Agency
    (FIA) under section 420 of the Pakistan Penal Code 1860 (PPC)."
    """

    code = "MLA207"
    name = "unexplained-acronym"
    severity = Severity.INFO
    source = "US DOJ Criminal Resource Manual 281; UNTOC Art. 18(14)"
    language_model = frozenset({"ner"})
    """Entities (a surname in capitals inside a PERSON); the lemmatizer's word lists are read, not run."""

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        for use in facts.derived(unexplained_acronyms):
            yield self.finding(
                f"\"{use.acronym}\" is used without being spelled out anywhere in the request.",
                use.block,
                use.start,
                use.end,
                suggestion=f"Give the full name at the first use, followed by the acronym in brackets: "
                f"\"Full Name ({use.acronym})\".",
            )


# -- the fact -------------------------------------------------------------------------------------


def unexplained_acronyms(facts: Analysis) -> tuple[Use, ...]:
    """The first use of each acronym the request never spells out, in document order."""
    blocks = [b for b in facts.document.blocks if b.kind.is_body or b.kind in (BlockKind.FOOTNOTE, BlockKind.ENDNOTE)]
    texts = [_masked(b.text) for b in blocks]
    lexicon = _lexicon(facts)
    lower_words = {w.lower() for text in texts for w in WORD.findall(text) if not w.isupper()}
    expanded = _expanded(blocks, texts)
    names = _name_parts(texts)
    named = cache(lambda: frozenset(m.alpha2 for block in blocks for m in find_in_text(block)))
    first: dict[str, Use] = {}
    people: set[str] = set()
    for block, text in zip(blocks, texts):
        for match in CANDIDATE.finditer(text):
            acronym = match.group("acr")
            if acronym in expanded or acronym in people or acronym in names:
                continue
            if not _acronym_shaped(acronym) or _universal(acronym) or _ordinary_word(acronym, lower_words, lexicon):
                continue
            start, end = match.start("acr"), match.end("acr")
            if _person_name(facts, block, text, match, lexicon):
                people.add(acronym)  # a surname in capitals somewhere: "Mr Ali KHAN" ... "KHAN transferred"
                continue
            if acronym in first:
                continue
            caps_line = _caps_line(text, start)
            if caps_line == "shouted" or (caps_line == "caps" and _in_lexicon(acronym.lower(), lexicon)):
                continue
            if _in_caps_run(text, start, end, lower_words, lexicon) or _roman_here(acronym, text, start):
                continue
            if _state_code_here(acronym, text, start) or _address_part(text, start, end) or _code_number(acronym, text, end):
                continue
            if _country_code_here(acronym, text, start, named):
                continue
            if _implicitly_expanded(acronym, texts):
                expanded.add(acronym)
                continue
            first[acronym] = Use(acronym, block, start, end)
    return tuple(use for acronym, use in first.items() if acronym not in people)


def _address_part(text: str, start: int, end: int) -> bool:
    """The last item of a comma-separated address line: "Wuse II, Abuja, FCT"."""
    return bool(re.search(r",[ \t]*$", text[max(0, start - 3) : start])) and bool(re.match(r"[ \t.]*(?:\n|$)", text[end:]))


def _code_number(acronym: str, text: str, end: int) -> bool:
    """Two letters followed by a number are a code (flight "EK 202", vehicle, form), not an acronym."""
    return len(acronym) == 2 and bool(re.match(r"[ \t]\d{1,4}\b", text[end:]))


def _masked(text: str) -> str:
    """``text`` with postcodes, ZIP codes, e-mail and web addresses blanked out (same length)."""
    for pattern in MASKS:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _acronym_shaped(acronym: str) -> bool:
    letters = sum(c.isalpha() for c in acronym)
    digits = sum(c.isdigit() for c in acronym)
    if letters < 2:
        return False
    if digits and (digits > 2 or not acronym[-digits:].isdigit()):
        return False  # BN4417296, HE412876: identifiers, not acronyms
    return not re.fullmatch(r"X{2,}", acronym)  # XXX is a placeholder (MLA202)


def _universal(acronym: str) -> bool:
    return acronym in KNOWN or acronym in _iso_codes()


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    """ISO 3166 alpha-2 country codes and ISO 4217 currency codes (pycountry)."""
    import pycountry

    codes = {country.alpha_2 for country in pycountry.countries}
    codes.update(currency.alpha_3 for currency in pycountry.currencies)
    return frozenset(codes)


COUNTRY_CODE_CONTEXT = re.compile(
    r"\b(?:nationality|citizen(?:ship)?|passport|country|issued|issuing|state)\b[^.\n]{0,30}$|\b(?:to|from|in|via)\s+$",
    re.IGNORECASE,
)
"""What comes before a country code used as one: a nationality or passport field, or a bare place preposition
("transferred to GBR"; an authority takes an article: "to the LKA")."""


def _country_code_here(acronym: str, text: str, start: int, named: Callable[[], frozenset[str]]) -> bool:
    """An alpha-3 country code used as one: the request names that country (``named()``: the alpha-2 codes of
    the countries it names), or the code fills a nationality or passport field ("Nationality: LKA") or follows
    a place preposition. Three capitals are more often an authority's acronym ("the LKA", a German
    Landeskriminalamt) than the code of a country the request never mentions."""
    import pycountry

    country = pycountry.countries.get(alpha_3=acronym)
    if country is None:
        return False
    return bool(COUNTRY_CODE_CONTEXT.search(text[max(0, start - 40) : start])) or country.alpha_2 in named()


@lru_cache(maxsize=1)
def _subdivision_codes() -> frozenset[str]:
    """The local part of ISO 3166-2 subdivision codes ("DF" of BR-DF, "NSW" of AU-NSW), from pycountry."""
    import pycountry

    return frozenset(s.code.split("-", 1)[1] for s in pycountry.subdivisions)


def _lexicon(facts: Analysis) -> frozenset[str]:
    """English words known to the language model's lemmatizer (WordNet lemma lists), if it has them."""
    return _lexicon_of(facts.pipeline.nlp)


@lru_cache(maxsize=2)
def _lexicon_of(nlp: Language) -> frozenset[str]:
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(word for key in table for word in table[key])


def _ordinary_word(acronym: str, lower_words: set[str], lexicon: frozenset[str]) -> bool:
    """A word written in capitals: "URGENT", "CONFIDENTIAL", "KHAN" (also written "Khan"), "NOTE", "THE"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    word = acronym.lower()
    if word in STOP_WORDS or word in lower_words or word in _calendar_words():
        return True
    if len(word) >= 6 and sum(c in "aeiouy" for c in word) / len(word) >= 0.3:
        return True  # a long pronounceable word in capitals: "GENERALSTAATSANWALTSCHAFT", "MWANGI"
    return len(word) >= 4 and _in_lexicon(word, lexicon)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations ("JUNE", "MON"), from the calendar module."""
    import calendar

    names = [*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr]
    return frozenset(n.lower() for n in names if n)


def _in_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    stems = {word}
    for suffix in ("s", "es", "ed", "d", "ing", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.add(word[: -len(suffix)])
    return bool(stems & lexicon)


def _caps_line(text: str, position: int) -> str | None:
    """"shouted" for a line of three or more words mostly in capitals ("SUMMARY OF FACTS"), "caps" for a
    short line all in capitals (a heading "USE"), else None."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = WORD.findall(text[start : end if end >= 0 else len(text)])
    caps = sum(1 for w in words if w.isupper() and len(w) > 1)
    if len(words) >= 3 and caps / len(words) >= 0.6:
        return "shouted"
    if words and all(w.isupper() for w in words):
        return "caps"
    return None


def _name_parts(texts: list[str]) -> set[str]:
    """Capitalised tokens used as part of a name somewhere: "ABC Place", "HSBC Bank plc", "Holdings (EA) Limited"."""
    names: set[str] = set()
    for text in texts:
        for match in re.finditer(r"(?<![\w/-])\(?([A-Z][A-Z0-9&]*[A-Z0-9])\)?[ \t]+([A-Z][\w.]*)", text):
            if match.group(2).lower().rstrip(",") in NAME_HEADS:
                names.add(match.group(1))
    return names


def _in_caps_run(text: str, start: int, end: int, lower_words: set[str], lexicon: frozenset[str]) -> bool:
    """Next to a word written in capitals: "IMRAN SALEEM CHAUDHRY", "THE EFCC", "FIA REPORT" (shouting, not naming)."""
    before = re.search(r"([A-Z][A-Z'’.-]+)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+([A-Z][A-Z'’.-]+)\b", text[end : end + 40])
    return any(_looks_like_word(m.group(1), lower_words, lexicon) for m in (before, after) if m)


def _looks_like_word(token: str, lower_words: set[str], lexicon: frozenset[str]) -> bool:
    """A word in capitals rather than an acronym: a function word, an English word, a word the request also
    writes in lower case, or a long word with a word's share of vowels ("SALEEM", "CHAUDHRY")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    core = token.strip(".'’-").lower()
    if _universal(core.upper()):
        return False
    if core in STOP_WORDS or core in lower_words or (len(core) >= 3 and _in_lexicon(core, lexicon)):
        return True
    vowels = sum(c in "aeiouy" for c in core)
    return len(core) >= 5 and vowels / len(core) >= 0.3


def _roman_here(acronym: str, text: str, start: int) -> bool:
    """A roman numeral: small ones anywhere ("Part II", "III. Facts"), larger ones after "Chapter", "Article" ..."""
    if not ROMAN.fullmatch(acronym):
        return False
    value = _roman_value(acronym)
    return value <= 50 or bool(STRUCTURAL_BEFORE.search(text[max(0, start - 20) : start]))


def _roman_value(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, previous = 0, 0
    for char in reversed(text):
        value = values[char]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _state_code_here(acronym: str, text: str, start: int) -> bool:
    """A state or province code in an address or after a statute: "Brasília, DF", "Crimes Act 1900 (NSW)"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if acronym not in _subdivision_codes():
        return False
    end = start + len(acronym)
    if re.search(r",\s*$", text[max(0, start - 3) : start]) or re.match(r"\s+\d{4,6}\b", text[end:]):
        return True
    place = re.search(r"(?:^|[^.!?:;]\s)([A-Z][a-z]+)[ \t]+$", text[max(0, start - 30) : start])
    if place and place.group(1).lower() not in STOP_WORDS:
        return True  # "Washington DC", "in Sydney NSW" (not "The ED")
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _person_name(facts: Analysis, block: Block, text: str, match: re.Match[str], lexicon: frozenset[str]) -> bool:
    """A surname in capitals: "Mr Ali KHAN", "OKAFOR Chukwuma Emeka", "KHAN Imran" (after a title, next to
    given names, or inside a PERSON entity with other name parts)."""
    word = match.group("acr").lower()
    name_shaped = len(word) >= 4 and sum(c in "aeiouy" for c in word) / len(word) >= 0.3
    if name_shaped and _next_to_given_names(text, match.start("acr"), match.end("acr"), lexicon):
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    previous = re.findall(r"[\w.]+", before)
    if previous and previous[-1].rstrip(".").lower() in HONORIFICS:
        return True
    for names, word in enumerate(reversed(previous[-5:])):
        core = word.rstrip(".")
        if core.lower() in TITLES and names:
            return True  # "Mr Ali KHAN", "Dr A. B. MUSA", "Prosecutor Victor MUNTEANU"
        if not ((core[:1].isupper() and not core.isupper()) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word)):
            break
    if facts.pipeline.model.startswith("blank"):
        return False
    doc = facts.doc_of(block)
    span = doc.char_span(match.start("acr"), match.end("acr"), alignment_mode="expand")
    if span is None:
        return False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and name_shaped and (ent.start == span.end or ent.end == span.start):
            return True  # "OKAFOR Chukwuma Emeka", "Chukwuma Emeka OKAFOR": surname next to the given names
        if ent.label_ == "PERSON" and ent.start <= span.start and span.end <= ent.end:
            others = [t for t in ent if t.i not in range(span.start, span.end) and t.is_alpha]
            if others and any(t.text[:1].isupper() and not t.text.isupper() for t in others):
                return True
    return False


def _next_to_given_names(text: str, start: int, end: int, lexicon: frozenset[str]) -> bool:
    """Followed or preceded by one to three capitalised words that are not English words: given names."""
    after = re.match(r"(?:[ \t]+[A-Z][a-z]+){1,3}(?=[\s,;.)]|$)", text[end : end + 60])
    before = re.search(r"(?:(?<=\s)|^)(?:[A-Z][a-z]+[ \t]+){1,3}$", text[max(0, start - 60) : start])
    for found in (after, before):
        if found is not None:
            words = found.group(0).split()
            if all(not _in_lexicon(w.lower(), lexicon) and w.lower() not in FUNCTION_WORDS for w in words):
                return True
    return False


# -- expansions -----------------------------------------------------------------------------------


def _expanded(blocks: list[Block], texts: list[str]) -> set[str]:
    """Acronyms the request defines: in brackets, with "hereinafter", or in a glossary line or table row."""
    expanded: set[str] = set()
    rows: dict[tuple[int | None, int | None, str], list[str]] = {}
    for block, text in zip(blocks, texts):
        for match in PARENTHESIS.finditer(text):
            inside = " ".join(match.group(1).split())
            parts = [DEFINITION_NOISE.sub("", p.strip()).strip(" \"'“”‘’") for p in re.split(r"[,;:–—]|\s-\s|\bor\b", inside)]
            before = text[max(0, match.start() - 300) : match.start()]
            for index, part in enumerate(parts):
                if re.fullmatch(r"[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?", part):
                    acronym = part.rstrip("s") if part.endswith("s") and not part.isupper() else part
                    others = [p for i, p in enumerate(parts) if i != index and p]
                    if _long_form_before(acronym, before) or any(_initials_match(acronym, o) for o in others):
                        expanded.add(acronym)
                    elif len(parts) == 1 and re.search(r"(?<![A-Z])[A-Za-z][a-z]{2,}\s*$", before):
                        expanded.add(acronym)  # "the Brazilian financial intelligence unit (COAF)": explained in words
            preceding = re.search(r"(?<![\w/.-])([A-Z][A-Z0-9&]*[A-Z0-9])\s*$", before)
            if preceding and _initials_match(preceding.group(1), inside):
                expanded.add(preceding.group(1))
        for match in HEREINAFTER.finditer(text):
            expanded.add(match.group("acr"))
        for line in text.split("\n"):
            glossary = GLOSSARY_LINE.match(line)
            if glossary and _initials_match(glossary.group("acr"), glossary.group("long")):
                expanded.add(glossary.group("acr"))
        if block.kind is BlockKind.TABLE_CELL:
            key = (block.location.table, block.location.row, block.location.part)
            rows.setdefault(key, []).append(text.strip())
    for cells in rows.values():
        for cell in cells:
            if re.fullmatch(r"[A-Z][A-Z0-9&]*[A-Z0-9]", cell) and any(
                other != cell and len(other.split()) >= 2 and _initials_match(cell, other) for other in cells
            ):
                expanded.add(cell)
    return expanded


def _long_form_before(acronym: str, before: str) -> bool:
    """Schwartz–Hearst: the words just before "(ACR)" contain its letters in order, the first starting a word."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    words = before.split()
    window = " ".join(words[-min(len(letters) + 5, len(letters) * 2) :])
    return _schwartz_hearst(letters, window)


def _initials_match(acronym: str, long_form: str) -> bool:
    """The long form (an explanation in brackets, a glossary cell) spells the acronym's letters in order."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    words = long_form.split()
    if len(words) < 1 or len(words) > len(letters) * 2 + 5 or long_form.strip().isupper():
        return False
    return _schwartz_hearst(letters, long_form, anchored=True)


def _schwartz_hearst(letters: list[str], long_form: str, anchored: bool = False) -> bool:
    """Match ``letters`` right to left inside ``long_form``; the first letter must begin a word.

    Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
    definitions in biomedical text": loose enough for "Landeskriminalamt
    (LKA)" and "Pakistan Penal Code 1860 (PPC)", strict enough that an
    unrelated phrase rarely matches. ``anchored`` requires the first letter to
    begin the first content word (a long form given in brackets or a glossary).
    """
    text = long_form.lower()
    if not letters:
        return False
    position = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        char = letters[index]
        while position >= 0:
            here = text[position]
            starts_word = position == 0 or not text[position - 1].isalnum()
            if here == char and (index > 0 or starts_word):
                break
            position -= 1
        if position < 0:
            return False
        position -= 1
    if anchored:
        first_word = next((w for w in WORD.findall(text) if w not in FUNCTION_WORDS), "")
        return first_word[:1] == letters[0]
    return True


def _implicitly_expanded(acronym: str, texts: list[str]) -> bool:
    """The full name appears somewhere: capitalised words whose initials are the acronym ("Mutual Legal Assistance").

    Function words may sit between them ("Office of International Affairs", "FEDERAL INVESTIGATION AGENCY");
    punctuation, lower-case content words and the acronym itself break the sequence.
    """
    letters = "".join(c for c in acronym if c.isalpha())
    if len(letters) < 2:
        return False
    for text in texts:
        sequence: list[str] = []
        previous_end = 0
        for match in NAME_WORD.finditer(text):
            word = match.group(0)
            if re.search(r"[.;:,()\[\]/\n]", text[previous_end : match.start()]):
                sequence.append("_")
            previous_end = match.end()
            if word.lower() in FUNCTION_WORDS and not word.isupper():
                continue
            sequence.append(word[0] if word[0].isupper() and word != acronym and len(word) > 1 else "_")
        if letters in "".join(sequence):
            return True
    return False


__all__ = ["UNIVERSAL", "UnexplainedAcronym", "unexplained_acronyms"]
