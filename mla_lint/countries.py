"""Country mentions: where a request names a state, by name, official name, common name or demonym.

Names come from libraries, not from a hand-made list: ``pycountry`` (ISO 3166
names, official and common names, and the constituent countries of the United
Kingdom from ISO 3166-2, since "England and Wales" and "Scotland" are the legal
units MLA practice speaks of) and ``countryinfo`` (alternative spellings such as
"Holland", "RSA", "UK", and demonyms such as "Pakistani", "Kenyan"). Hong Kong
and Macao are their own ISO entries and so their own requested parties.

The lookup is built once per process; a block is searched with one compiled
regular expression, longest alternative first, so "Papua New Guinea" is not
"Guinea", "Nigeria" is not "Niger" and "Dominican Republic" is not "Dominica".
Words that are countries in one sense and something else in another are
filtered by form and context: a country is written with a capital ("turkey"
is a bird), an all-capital abbreviation ("US") counts only in mixed-case text
("PLEASE GIVE US"), a name that spaCy reads as part of a person's name ("Chad
Smith", "Mr Jordan") is a person, and a name that is also a subdivision of
another state ("Georgia") is that subdivision when that state follows it
("Atlanta, Georgia, USA"). An ambiguous short form ("Congo", "Korea") or
demonym ("Congolese") names no particular state and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mla_lint.model import Block

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from mla_lint.analysis import Analysis

HONORIFICS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Madam|Mme|Prof)\.?[ \t]+)$")
COMMON_WORDS = frozenset({"island", "mann"})
"""Native alternative spellings that are also English words or surnames ("Island" for Iceland, "Mann")."""
CONSTITUENT_TYPES = frozenset({"Country"})
"""ISO 3166-2 subdivision types that are legal units standing for their state (England, Scotland, Wales)."""
CONSTITUENT_EXTRA = frozenset({"GB-NIR"})
"""Northern Ireland is a "Province" in ISO 3166-2 but, like Scotland, a jurisdiction of its own."""


@dataclass(frozen=True)
class CountryMention:
    """Characters ``start:end`` of ``block`` name the state ``alpha2`` (a name, or a demonym if ``demonym``)."""

    alpha2: str
    block: Block
    start: int
    end: int
    demonym: bool = False

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


@dataclass(frozen=True)
class _Alias:
    alpha2: str | None
    """None when the form names several states ("Congo", "Congolese")."""
    demonym: bool
    exact_case: bool
    """All-capital abbreviations ("UK", "RSA") match only as written."""


@dataclass(frozen=True)
class _Lookup:
    first_words: dict[str, int]
    """The lower-cased first word of every form, with the most words a form starting with it has."""
    aliases: dict[str, _Alias]
    """Keyed by the lower-cased, whitespace-normalised form."""
    subdivision_of: dict[str, frozenset[str]]
    """Lower-cased country names that are also subdivision names of other states ("georgia" -> {"US"})."""
    subdivision_names: frozenset[str]
    """Every ISO 3166-2 subdivision name, lower-cased ("new jersey")."""


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).lower()


def _variants(name: str) -> Iterator[str]:
    """A name and its readable forms: "Korea, Republic of" -> "Republic of Korea"; "(...)" parts split off."""
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    paren = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", name)
    if paren:
        yield from _variants(paren.group(1))
        yield from _variants(paren.group(2))
        return
    if name.lower().startswith("the "):
        name = name[4:]
    yield name
    if ", " in name:
        head, tail = name.split(", ", 1)
        if re.search(r"\bof(?: the)?$", tail, re.IGNORECASE) or " " not in tail:
            inverted = f"{tail} {head}"
            yield inverted[4:] if inverted.lower().startswith("the ") else inverted


@lru_cache(maxsize=1)
def _lookup() -> _Lookup:
    import pycountry
    from countryinfo import CountryInfo

    codes = {c.alpha_2 for c in pycountry.countries}
    iso_codes = codes | {c.alpha_3 for c in pycountry.countries}
    names: dict[str, set[str]] = {}
    demonyms: dict[str, set[str]] = {}
    exact: set[str] = set()
    population: dict[str, int] = {}

    def add(table: dict[str, set[str]], text: str | None, alpha2: str) -> None:
        if not text:
            return
        for variant in _variants(text):
            key = _norm(variant)
            if len(key) >= 4 or variant.isupper():
                table.setdefault(key, set()).add(alpha2)
                if variant.isupper() and len(variant) <= 5:
                    exact.add(key)

    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            add(names, getattr(country, attr, None), country.alpha_2)
    for sub in pycountry.subdivisions:
        if sub.type in CONSTITUENT_TYPES or sub.code in CONSTITUENT_EXTRA:
            add(names, sub.name, sub.country_code)
    for info in CountryInfo.all().values():
        alpha2 = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        if alpha2 not in codes:
            continue
        population[alpha2] = int(info.get("population") or 0)
        add(names, info.get("name"), alpha2)
        for alt in info.get("altSpellings") or ():
            if alt in iso_codes or not alt.isascii() or _norm(alt) in COMMON_WORDS:
                continue  # ISO codes ("DE", "IN", "TO") and native forms are not how an English letter names a state
            add(names, alt, alpha2)
        add(demonyms, info.get("demonym"), alpha2)
    # The US alpha-3 is also the usual abbreviation in English prose.
    add(names, "USA", "US")
    for dotted, code in (("U.S.A.", "US"), ("U.S.", "US"), ("U.K.", "GB")):
        names.setdefault(_norm(dotted), set()).add(code)
        exact.add(_norm(dotted))

    # "Congo" ends two states' names ("Republic of the Congo", "Democratic Republic of the Congo"): ambiguous.
    endings: dict[str, set[str]] = {}
    for key, states in names.items():
        tail = re.search(r"\bof the (.+)$", key)
        if tail:
            endings.setdefault(tail.group(1), set()).update(states)
    for key, states in endings.items():
        if len(states) > 1 and key in names:
            names[key] |= states

    aliases: dict[str, _Alias] = {}
    for key, states in demonyms.items():
        if key in names:
            continue
        if len(states) == 1:
            chosen: str | None = next(iter(states))
        else:
            # "Chinese" (CN, HK, MO), "American" (US, AS): the state with most people, if it dominates clearly.
            ranked = sorted(states, key=lambda s: population.get(s, 0), reverse=True)
            top, second = population.get(ranked[0], 0), population.get(ranked[1], 0)
            chosen = ranked[0] if top > 20 * max(second, 1) else None
        aliases[key] = _Alias(chosen, True, key in exact)
    for key, states in names.items():
        aliases[key] = _Alias(next(iter(states)) if len(states) == 1 else None, False, key in exact)

    subdivision_of: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        key = _norm(sub.name)
        if key in aliases and aliases[key].alpha2 not in (None, sub.country_code) and not aliases[key].demonym:
            if sub.type not in CONSTITUENT_TYPES and sub.code not in CONSTITUENT_EXTRA:
                subdivision_of.setdefault(key, set()).add(sub.country_code)

    first_words: dict[str, int] = {}
    for form in aliases:
        words = form.split(" ")
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    subdivision_names = frozenset(_norm(sub.name) for sub in pycountry.subdivisions)
    return _Lookup(first_words, aliases, {k: frozenset(v) for k, v in subdivision_of.items()}, subdivision_names)


WORD = re.compile(r"[^\W_][\w'\u2019.\-]*")


def _scan(text: str) -> Iterator[tuple[int, int, _Alias]]:
    """Every country form in ``text``: (start, end, alias), longest first, left to right, without overlaps.

    Works on words, not one huge regular expression, so a long text costs a
    dictionary look-up per word that can start a form.
    """
    lookup = _lookup()
    tokens = [(m.start(), m.end()) for m in WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        start, end = tokens[i]
        first = _norm(text[start:end].rstrip("."))
        if first.endswith(("'s", "\u2019s")):
            first = first[:-2]
        most = lookup.first_words.get(first, 0) or lookup.first_words.get(_norm(text[start:end]), 0)
        found = None
        for n in range(min(most, len(tokens) - i), 0, -1):
            last = tokens[i + n - 1][1]
            if n > 1 and any(not text[tokens[j][1] : tokens[j + 1][0]].isspace() for j in range(i, i + n - 1)):
                continue
            raw = text[start:last]
            for form in _forms(raw):
                alias = lookup.aliases.get(_norm(form))
                if alias is not None:
                    found = (start, start + len(form), alias, n)
                    break
            if found:
                break
        if found:
            yield found[0], found[1], found[2]
            i += found[3]
        else:
            i += 1


def _forms(raw: str) -> Iterator[str]:
    """The word run as written, without a sentence's full stop, without a possessive "'s"."""
    yield raw
    if raw.endswith("."):
        yield raw.rstrip(".")
    for suffix in ("'s", "\u2019s"):
        if raw.endswith(suffix):
            yield raw[: -len(suffix)]


def country_of(name: str) -> str | None:
    """The ISO alpha-2 code of a country name, official name, alternative spelling or demonym, or None."""
    alias = _lookup().aliases.get(_norm(name))
    return alias.alpha2 if alias else None


def country_name(alpha2: str) -> str:
    """A readable name for ``alpha2`` ("GB" -> "United Kingdom")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return alpha2
    return getattr(country, "common_name", None) or country.name


def find_in_text(block: Block, doc: Doc | None = None) -> tuple[CountryMention, ...]:
    """The country mentions of one block; ``doc`` (its spaCy parse), if given, rules out persons' names."""
    lookup = _lookup()
    text = block.text
    found: list[CountryMention] = []
    for start, end, alias in _scan(text):
        written = text[start:end]
        key = _norm(written)
        if alias.alpha2 is None:
            continue
        if not _well_formed(text, start, written, alias):
            continue
        if HONORIFICS.search(text[max(0, start - 12) : start]):
            continue  # "Mr Jordan"
        if doc is not None and _inside_person(doc, start, end):
            continue  # "Chad Smith"
        previous = re.search(r"([A-Z][\w.'-]*)\s+$", text[max(0, start - 20) : start])
        if previous and _norm(f"{previous.group(1)} {written}") in lookup.subdivision_names:
            continue  # "New Jersey", "Western Australia"
        if not alias.demonym and previous and _is_name_part(previous.group(1), text, start):
            continue  # "102 Petty France" is a street in London
        others = lookup.subdivision_of.get(key)
        if others and _names_other_state(text, start, end, others):
            continue  # "Atlanta, Georgia, USA"
        found.append(CountryMention(alias.alpha2, block, start, end, alias.demonym))
    return tuple(found)


def country_mentions(facts: Analysis) -> tuple[CountryMention, ...]:
    """Every country mention in the document's blocks, in reading order (use through ``facts.derived``)."""
    mentions: list[CountryMention] = []
    for block in facts.document.blocks:
        if not any(True for _ in _scan(block.text)):
            continue
        mentions.extend(find_in_text(block, facts.doc_of(block)))
    return tuple(mentions)


def mentions_in(facts: Analysis, block: Block) -> tuple[CountryMention, ...]:
    """The country mentions of one block (from the document-wide, cached list)."""
    return tuple(m for m in facts.derived(country_mentions) if m.block.index == block.index)


def _well_formed(text: str, start: int, written: str, alias: _Alias) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    shouting = not any(c.islower() for c in line)
    if alias.exact_case:
        # "US" in "PLEASE GIVE US" is a pronoun; longer abbreviations ("USA", "UAE") are safe in capitals too.
        return written == written.upper() and not (shouting and len(written.replace(".", "")) <= 2)
    if shouting:
        return True
    words = [w for w in re.split(r"\s+", written) if w]
    significant = [w for w in words if w.lower() not in {"of", "the", "and", "da", "du", "des", "de", "la", "el"}]
    return all(w[0].isupper() or not w[0].isalpha() for w in significant)


def _is_name_part(word: str, text: str, start: int) -> bool:
    """A capitalised content word just before the name on the same line makes it part of a longer name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    gap = text[start - 1 : start]
    if gap != " " or word.isupper() or word.lower() in STOP_WORDS:
        return False
    return word[0].isupper() and word.isalpha()


def _inside_person(doc: Doc, start: int, end: int) -> bool:
    """The name is part of a person's name: the parser's PERSON entity extends it on the same line.

    Only the entity's part on the name's own line counts: the model sometimes runs an entity over a line break
    ("Issuing State: Austria / Executing State" becomes one PERSON), and a labelled field ends at its line."""
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not (ent.start_char <= start and end <= ent.end_char):
            continue
        if max(ent.start_char, line_start) < start or min(ent.end_char, line_end) > end:
            return True
    return False


def _names_other_state(text: str, start: int, end: int, others: frozenset[str]) -> bool:
    before = text[max(0, start - 12) : start]
    if re.search(r"\bstate\s+of\s+$", before, re.IGNORECASE):
        return True
    after = text[end : end + 40]
    if re.match(r"[,\s]+\d{5}\b", after):
        return True
    return any(alias.alpha2 in others for _, _, alias in _scan(after))
