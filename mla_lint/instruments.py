"""The instruments a request cites: treaties, conventions, the Harare Scheme and domestic MLA laws.

The instruments come from ``mla_lint/data/instruments.toml`` (names, mutual
assistance articles, parties as ISO 3166 codes, source and as-of date); the
request's citations are found by those names, by the shape of a bilateral
treaty's title ("the Treaty between X and Y on Mutual Legal Assistance ...",
matched to the data by its two parties, or reported as an instrument not in the
data), and by the shape of a domestic MLA statute's title. Each citation keeps
its article numbers ("Article 46 of UNCAC", "UNCAC, Art. 46(1)", "articles 1,
3 and 14") and its evidence.

Public functions, for rules and other fact modules:

- `instruments()`: every instrument of the data file;
- `citations(facts)`: the citations in the request, in reading order;
- `legal_basis(facts)`: what the request relies on (instruments, domestic
  law, a reciprocity undertaking), the question of MLA102 and MLA116.

Sources: UNTOC Art. 18(7) (a treaty between the parties takes precedence over
paragraphs 9-29); UNCAC Art. 46(7); the instruments' own texts for their
articles (UNTOC Art. 18, UNCAC Arts. 46 and 55, Vienna 1988 Art. 7, Budapest
Arts. 25-35).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from mla_lint.countries import CountryMention, country_mentions
from mla_lint.elements import Evidence, heading_matches
from mla_lint.model import Block

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis, Sentence

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef,import-not-found]

GENERAL = "convention"
MLA_KINDS = frozenset({"mla-convention", "mla-treaty", "scheme"})
DOMESTIC = "domestic-law"
LEGAL_BASIS_HEADINGS = ("legal basis", "basis", "basis of the request", "legal framework", "authority", "legal authority")

PARTY, NON_PARTY, UNKNOWN = "party", "non-party", "unknown"

_NUM = r"\d{1,3}(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*"
_NUMLIST = rf"{_NUM}(?:\s*(?:,|;|and|&|or|to|through|-|–)\s*(?:(?:Arts?\.?|Articles?)\s*)?{_NUM})*"
ARTICLES_BEFORE = re.compile(
    rf"(?:\b(?:paragraphs?|paras?\.?)\s*{_NUM}(?:\s*(?:,|and|to)\s*{_NUM})*\s+of\s+)?"
    rf"\b(?:Arts?\.?|Articles?)\s*(?P<nums>{_NUMLIST})"
    rf"(?:\s*,?\s*(?:paragraphs?|paras?\.?|par\.|§)\s*{_NUM}(?:\s*(?:,|and|to)\s*{_NUM})*)?"
    rf"\s*(?:,\s*)?(?:of\s+(?:the\s+)?|in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
ARTICLES_AFTER = re.compile(
    r"^(?:\s*\((?![^()]*\bArt)[^()\n]{0,40}\))?"
    r"(?:\s*(?:of|dated|done\s+at\s+\w+\s+on)?\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{4}))?"
    rf"(?:\s*\((?![^()]*\bArt)[^()\n]{{0,40}}\))?\s*[,:]?\s*\(?\s*(?:Arts?\.?|Articles?)\s*(?P<nums>{_NUMLIST})",
    re.IGNORECASE,
)
BACK_REFERENCE = re.compile(
    rf"\b(?:Arts?\.?|Articles?)\s*(?P<nums>{_NUMLIST})\s*,?\s*of\s+(?:the\s+|this\s+|that\s+|said\s+)?(?P<what>Convention|Treaty|Agreement|Scheme|Protocol)\b",
    re.IGNORECASE,
)
TREATY_ANCHOR = re.compile(r"\b(?:Bilateral\s+)?(?:Supplementary\s+)?(?:Treaty|Agreement|Convention|MLAT)\b")
MUTUAL_ASSISTANCE = re.compile(r"\bMutual\s+(?:Legal\s+)?Assistance\b|\bMLAT?\b|\bLegal\s+Assistance\b", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
AND_JOIN = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
HYPHEN_JOIN = re.compile(r"^\s*[-–/]\s*$")
DOMESTIC_TITLE = re.compile(
    r"\b(?:[A-Z][\w()'-]*\s+){0,4}?(?:Mutual\s+(?:Legal\s+)?Assistance|International\s+(?:Legal\s+|Judicial\s+)?Co-?operation|"
    r"International\s+(?:Mutual\s+)?(?:Legal\s+)?Assistance)(?:\s+\(?in\s+Criminal\s+(?:and\s+Related\s+)?Matters\)?|\s+\(Criminal\s+Matters\))?"
    r"\)?\s+(?:Act|Law|Ordinance|Decree|Proclamation|Statute)\b"
    r"|\b(?:Act|Law|Ordinance|Decree|Proclamation)\b[^.;\n]{0,40}?\b(?:on|concerning|regarding|relating\s+to)\s+(?:International\s+)?(?:Mutual\s+)?(?:Legal\s+|Judicial\s+)?"
    r"(?:Assistance|Co-?operation)\s+in\s+Criminal\s+Matters\b",
)
PROCEDURE_CODE = re.compile(r"\b(?:Code\s+of\s+Criminal\s+Procedure|Criminal\s+Procedure\s+Code|CrPC|Cr\.P\.C\.)", re.IGNORECASE)
INTERNATIONAL_ASSISTANCE = re.compile(
    r"\b(?:international|mutual|legal)\s+(?:legal\s+|judicial\s+)?(?:assistance|co-?operation)\b|\bletters?\s+rogatory\b",
    re.IGNORECASE,
)
NEGATED_BASIS = re.compile(
    r"\b(?:absence\s+of|without|no|not\s+(?:a\s+)?part(?:y|ies)\s+to|not\s+bound\s+by|has\s+not\s+(?:ratified|acceded|signed)|"
    r"is\s+not\s+(?:in\s+force|applicable)|neither)\b",
    re.IGNORECASE,
)
NEGATED_WINDOW = re.compile(NEGATED_BASIS.pattern + r"\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
YEAR_AFTER = re.compile(r"^\s*(?:,\s*)?(?:\(\s*)?(?:No\.?\s*\d+\s+)?(?:of\s+)?(?:\d+\s+of\s+)?(?P<year>(?:19|20)\d{2})\b")


@dataclass(frozen=True)
class Instrument:
    """One instrument of the data file."""

    id: str
    kind: str
    title: str
    names: tuple[str, ...]
    source: str
    as_of: str
    mla_articles: frozenset[int] | None = None
    related_articles: frozenset[int] = frozenset()
    article_count: int | None = None
    parties_basis: str = "list"
    parties: frozenset[str] = frozenset()
    except_: frozenset[str] = frozenset()
    also: frozenset[str] = frozenset()
    uncertain: frozenset[str] = frozenset()
    non_parties: frozenset[str] = frozenset()
    others: str = UNKNOWN
    year: int | None = None
    qualifiers: tuple[str, ...] = ()
    signed: str | None = None

    @property
    def is_general(self) -> bool:
        """A general convention (UNTOC, UNCAC, Vienna 1988, Budapest): a basis only with its MLA article."""
        return self.kind == GENERAL

    @property
    def is_domestic(self) -> bool:
        return self.kind == DOMESTIC

    @property
    def short_name(self) -> str:
        return self.title.split(" (")[0]

    def status(self, alpha2: str) -> str:
        """"party", "non-party" or "unknown" for the state ``alpha2``; uncertain states are always "unknown"."""
        if alpha2 in self.uncertain:
            return UNKNOWN
        if alpha2 in self.non_parties or alpha2 in self.except_:
            return NON_PARTY
        if self.parties_basis == "un-members-except":
            if alpha2 in _un_members() or alpha2 in self.also:
                return PARTY
            return UNKNOWN
        if alpha2 in self.parties:
            return PARTY
        return NON_PARTY if self.others == "non-party" else UNKNOWN

    def article_fits(self, article: int) -> bool:
        """Whether ``article`` is a mutual-assistance (or related co-operation) article of this instrument."""
        if self.article_count is not None and article > self.article_count:
            return False
        if self.mla_articles is None:
            return True
        return article in self.mla_articles or article in self.related_articles


@dataclass(frozen=True)
class Citation:
    """An instrument cited by the request, with its articles.

    ``instrument`` is None for an instrument not in the data (a bilateral treaty
    not listed, a domestic MLA law of another state); ``kind`` then says what it
    looks like ("mla-treaty", "domestic-law"). ``back_reference`` marks
    "Article 18 of the Convention" resolved to the one convention cited
    earlier. ``basis`` is true when the sentence relies on it for this request
    (not "the offence established under Article 15"); ``negated`` when the text
    says it does not apply ("in the absence of a treaty").
    """

    instrument: Instrument | None
    kind: str
    evidence: Evidence
    articles: tuple[int, ...] = ()
    article_evidence: Evidence | None = None
    parties: tuple[str, ...] = ()
    back_reference: bool = False
    basis: bool = True
    negated: bool = False

    @property
    def text(self) -> str:
        return self.evidence.text

    @property
    def name(self) -> str:
        return self.instrument.short_name if self.instrument is not None else self.text

    @property
    def is_general(self) -> bool:
        return self.instrument is not None and self.instrument.is_general

    @property
    def location_evidence(self) -> Evidence:
        """The article and the name together when the article is next to it, else the name."""
        if self.article_evidence is None or self.article_evidence.block != self.evidence.block:
            return self.evidence
        start = min(self.evidence.start, self.article_evidence.start)
        end = max(self.evidence.end, self.article_evidence.end)
        return Evidence(self.evidence.block, start, end)


@dataclass(frozen=True)
class LegalBasis:
    """What the request relies on: instruments (with their articles), domestic law, reciprocity."""

    citations: tuple[Citation, ...]
    instruments: tuple[Citation, ...]
    """Treaties, conventions and schemes relied on: MLA instruments, and general conventions with an article."""
    bare_general: tuple[Citation, ...]
    """General conventions cited without any article (and not otherwise cited with one)."""
    domestic: tuple[Citation, ...]
    reciprocity: Evidence | None

    @property
    def any(self) -> bool:
        return bool(self.instruments or self.domestic or self.reciprocity)


# -- the data ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("mla_lint").joinpath("data/instruments.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def _un_members() -> frozenset[str]:
    return frozenset(_raw()["un_member_states"]["codes"])


@lru_cache(maxsize=1)
def instruments() -> tuple[Instrument, ...]:
    """Every instrument of ``data/instruments.toml``, in file order."""
    out = []
    for entry in _raw()["instruments"]:
        mla = entry.get("mla_articles")
        out.append(
            Instrument(
                id=entry["id"],
                kind=entry["kind"],
                title=entry["title"],
                names=tuple(entry.get("names", ())),
                source=entry["source"],
                as_of=str(entry["as_of"]),
                mla_articles=frozenset(mla) if mla is not None else None,
                related_articles=frozenset(entry.get("related_articles", ())),
                article_count=entry.get("article_count"),
                parties_basis=entry.get("parties_basis", "list"),
                parties=frozenset(entry.get("parties", ())),
                except_=frozenset(entry.get("except", ())),
                also=frozenset(entry.get("also", ())),
                uncertain=frozenset(entry.get("uncertain", ())),
                non_parties=frozenset(entry.get("non_parties", ())),
                others=entry.get("others", UNKNOWN),
                year=entry.get("year"),
                qualifiers=tuple(entry.get("qualifiers", ())),
                signed=entry.get("signed"),
            )
        )
    return tuple(out)


def instrument(id: str) -> Instrument:
    """The instrument with this id (KeyError if there is none)."""
    for item in instruments():
        if item.id == id:
            return item
    raise KeyError(id)


def un_member_states() -> frozenset[str]:
    """The UN member states as the data file lists them (for "all UN member states except ...")."""
    return _un_members()


def validate_data() -> list[str]:
    """Problems in the data file (empty when it is sound): unknown codes, missing source or as-of date, bad names."""
    import pycountry

    problems: list[str] = []
    codes = {c.alpha_2 for c in pycountry.countries}
    raw = _raw()
    for code in raw["un_member_states"]["codes"]:
        if code not in codes:
            problems.append(f"un_member_states: {code} is not an ISO 3166-1 alpha-2 code")
    seen: set[str] = set()
    for entry in raw["instruments"]:
        ident = entry.get("id", "?")
        if ident in seen:
            problems.append(f"{ident}: duplicate id")
        seen.add(ident)
        for key in ("kind", "title", "source", "as_of", "parties_basis"):
            if not entry.get(key):
                problems.append(f"{ident}: no {key}")
        if entry.get("kind") not in {GENERAL, DOMESTIC, *MLA_KINDS}:
            problems.append(f"{ident}: unknown kind {entry.get('kind')!r}")
        if entry.get("kind") == GENERAL and not entry.get("mla_articles"):
            problems.append(f"{ident}: a general convention needs its mla_articles")
        for key in ("parties", "except", "also", "uncertain", "non_parties"):
            for code in entry.get(key, ()):
                if code not in codes:
                    problems.append(f"{ident}: {key} has {code!r}, not an ISO 3166-1 alpha-2 code")
        if entry.get("parties_basis") == "list" and not entry.get("parties") and not entry.get("uncertain"):
            problems.append(f"{ident}: no parties")
        both = set(entry.get("parties", ())) & (set(entry.get("non_parties", ())) | set(entry.get("except", ())))
        if both:
            problems.append(f"{ident}: {sorted(both)} listed as party and non-party")
        for name in entry.get("names", ()):
            try:
                re.compile(_flexible(name))
            except re.error as exc:
                problems.append(f"{ident}: name {name!r} is not a regular expression ({exc})")
    return problems


def _flexible(name: str) -> str:
    """A name pattern of the data file as a regular expression: a space matches any run of whitespace."""
    spaced = name.replace(" ", r"\s+")
    return rf"(?<![\w-]){spaced}(?![\w-])"


@dataclass(frozen=True)
class _NamePattern:
    instrument: Instrument
    pattern: re.Pattern[str]
    keyword: str | None
    """A word every match contains (lower-cased), to skip texts without it cheaply; None if there is none."""


def _keyword(name: str) -> str | None:
    """The longest plain word that every match of ``name`` must contain (outside groups and alternatives)."""
    depth = 0
    top: list[str] = []
    i = 0
    while i < len(name):
        c = name[i]
        if c == "\\":
            top.append(" " if depth else name[i : i + 2].replace("\\", ""))
            i += 2
            continue
        if c == "[":
            j = name.find("]", i + 1)
            top.append(" ")
            i = len(name) if j < 0 else j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            top.append(" ")
        elif depth == 0:
            if c == "|":
                return None
            top.append(c if c.isalnum() else " ")
        i += 1
        if depth == 0 and i < len(name) and name[i] in "?*{" and top:
            top[-1] = " "  # the last character is optional
    words = [w for w in "".join(top).split() if len(w) >= 3 and w.isalpha()]
    return max(words, key=len).lower() if words else None


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[_NamePattern, ...]:
    out = []
    for item in instruments():
        for name in item.names:
            flexible = _flexible(name)
            letters = re.sub(r"\\.|\[[^\]]*\]|\(\?[^)]*\)", "", name)
            flags = 0 if not any(c.islower() for c in letters) else re.IGNORECASE
            out.append(_NamePattern(item, re.compile(flexible, flags), _keyword(name)))
    return tuple(out)


# -- finding citations ----------------------------------------------------------------------


@dataclass
class _Hit:
    block: Block
    start: int
    end: int
    candidates: list[Instrument]
    kind: str
    parties: tuple[str, ...] = ()
    named: bool = True


def citations(facts: Analysis) -> tuple[Citation, ...]:
    """Every instrument the request cites, in reading order, with articles and evidence (use via ``facts.derived``)."""
    mentions = facts.derived(country_mentions)
    by_block: dict[int, list[CountryMention]] = {}
    for mention in mentions:
        by_block.setdefault(mention.block.index, []).append(mention)
    hits: list[_Hit] = []
    for block in facts.document.body():
        if not block.text.strip():
            continue
        hits.extend(_hits_in(block, by_block.get(block.index, [])))
    found: list[Citation] = []
    for hit in hits:
        citation = _resolve(facts, hit)
        if citation is not None:
            found.append(citation)
    found.extend(_back_references(facts, found))
    return tuple(sorted(found, key=lambda c: (c.evidence.block.index, c.evidence.start)))


def _hits_in(block: Block, mentions: list[CountryMention]) -> list[_Hit]:
    text = block.text
    raw: list[_Hit] = []
    lowered = text.lower()
    for named in _name_patterns():
        if named.keyword is not None and named.keyword not in lowered:
            continue
        for match in named.pattern.finditer(text):
            raw.append(_Hit(block, match.start(), match.end(), [named.instrument], named.instrument.kind))
    raw.extend(_bilateral_hits(block, mentions))
    for match in DOMESTIC_TITLE.finditer(text):
        raw.append(_Hit(block, match.start(), match.end(), [], DOMESTIC, named=False))
    # Longest span wins; among equal spans the named ones, and the candidates of one span are merged.
    raw.sort(key=lambda h: (h.start, -(h.end - h.start), not h.named))
    kept: list[_Hit] = []
    for hit in raw:
        overlapping = [k for k in kept if hit.start < k.end and k.start < hit.end]
        if not overlapping:
            kept.append(hit)
            continue
        same = [k for k in overlapping if (k.start, k.end) == (hit.start, hit.end)]
        for k in same:
            for candidate in hit.candidates:
                if candidate not in k.candidates and k.kind == hit.kind:
                    k.candidates.append(candidate)
        outer = overlapping[0]
        if not hit.named or not outer.named:
            continue
        if outer.kind == DOMESTIC and not outer.candidates:
            # a generic domestic title contains a named one: the named one is better
            kept.remove(outer)
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    out: list[_Hit] = []
    for hit in kept:
        previous = out[-1] if out else None
        if previous is not None and previous.candidates and previous.candidates == hit.candidates and re.fullmatch(
            r"\s*\(\s*(?:the\s+)?(?:[\"'“‘]\s*)?", text[previous.end : hit.start]
        ):
            continue  # "United Nations Convention against Corruption (UNCAC)": one citation
        out.append(hit)
    return out


def _bilateral_hits(block: Block, mentions: list[CountryMention]) -> Iterator[_Hit]:
    """"the Treaty between X and Y on Mutual Legal Assistance", "X-Y MLAT": a bilateral instrument by its parties."""
    text = block.text
    names = mentions
    for anchor in TREATY_ANCHOR.finditer(text):
        window_end = _clause_end(text, anchor.start(), 220)
        window = text[anchor.start() : window_end]
        pair = _between_pair(text, anchor.end(), window_end, names)
        if pair is not None and MUTUAL_ASSISTANCE.search(window):
            first, second = pair
            start, end = anchor.start(), max(second.end, _title_end(text, anchor.end(), window_end))
            yield _Hit(block, start, end, _bilateral(first.alpha2, second.alpha2), "mla-treaty",
                       (first.alpha2, second.alpha2), named=False)
            continue
        # "the US-UK MLAT", "the Germany–United States Mutual Legal Assistance Treaty"
        prefix = _hyphen_pair(text, anchor.start(), names)
        if prefix is not None and MUTUAL_ASSISTANCE.search(text[prefix[0].start : window_end]):
            first, second = prefix
            yield _Hit(block, first.start, anchor.end(), _bilateral(first.alpha2, second.alpha2), "mla-treaty",
                       (first.alpha2, second.alpha2), named=False)


def _clause_end(text: str, start: int, limit: int) -> int:
    end = min(len(text), start + limit)
    for stop in re.finditer(r"[.;](?:\s|$)|\n\s*\n", text[start:end]):
        if not re.search(r"\b(?:No|Art|Arts|U\.S|U\.K|Cap|St|Mr|Ms|Dr)$", text[start : start + stop.start()]):
            return start + stop.start()
    return end


def _title_end(text: str, start: int, limit: int) -> int:
    """End of a treaty title: through "Mutual Legal Assistance in Criminal Matters" if it follows."""
    match = re.compile(r"Mutual\s+(?:Legal\s+)?Assistance(?:\s+in\s+Criminal\s+Matters)?", re.IGNORECASE).search(text, start, limit)
    return match.end() if match else start


def _between_pair(text: str, start: int, limit: int, mentions: list[CountryMention]) -> tuple[CountryMention, CountryMention] | None:
    inside = [m for m in mentions if start <= m.start < limit and not m.demonym]
    for i, first in enumerate(inside):
        if not BETWEEN.search(text[max(start, first.start - 45) : first.start]):
            continue
        for second in inside[i + 1 : i + 2]:
            if AND_JOIN.match(text[first.end : second.start]) and second.alpha2 != first.alpha2:
                return first, second
    return None


def _hyphen_pair(text: str, anchor: int, mentions: list[CountryMention]) -> tuple[CountryMention, CountryMention] | None:
    before = [m for m in mentions if m.end <= anchor and anchor - m.end <= 40]
    for first, second in itertools.pairwise(before):
        if HYPHEN_JOIN.match(text[first.end : second.start]) and second.alpha2 != first.alpha2:
            between = text[second.end : anchor]
            if re.fullmatch(r"\s*(?:Mutual\s+(?:Legal\s+)?Assistance\s+|MLA\s+|Bilateral\s+)?", between, re.IGNORECASE):
                return first, second
    return None


def _bilateral(a: str, b: str) -> list[Instrument]:
    return [
        item for item in instruments()
        if item.kind == "mla-treaty" and item.parties == frozenset({a, b}) and len(item.parties) == 2
    ]


def _resolve(facts: Analysis, hit: _Hit) -> Citation | None:
    text = hit.block.text
    candidates = hit.candidates
    if hit.kind == DOMESTIC:
        candidates = _pick_domestic(text, hit, candidates)
    instrument = candidates[0] if len(candidates) == 1 else None
    kind = instrument.kind if instrument is not None else hit.kind
    sentence = _sentence_at(facts, hit.block, hit.start)
    sentence_text = sentence.text if sentence is not None else text
    if instrument is None and hit.kind == DOMESTIC and hit.candidates and not candidates:
        return None  # a named domestic law whose year says it is another law of the same name: not ours
    if instrument is None and not hit.named and hit.kind == "mla-treaty" and not hit.parties:
        return None
    articles, article_evidence = _articles(hit.block, hit.start, hit.end)
    negated = _negated(text, hit.start, sentence)
    return Citation(
        instrument=instrument,
        kind=kind,
        evidence=Evidence(hit.block, hit.start, hit.end),
        articles=articles,
        article_evidence=article_evidence,
        parties=hit.parties,
        basis=_is_basis_context(facts, hit.block, sentence_text),
        negated=negated,
    )


def _pick_domestic(text: str, hit: _Hit, candidates: list[Instrument]) -> list[Instrument]:
    if not candidates:
        return []
    year_match = YEAR_AFTER.match(text[hit.end : hit.end + 30])
    year = int(year_match.group("year")) if year_match else None
    if year is not None:
        dated = [c for c in candidates if c.year is None or c.year == year]
        return [c for c in dated if c.year == year] or ([dated[0]] if len(dated) == 1 else dated)
    if len(candidates) == 1:
        return candidates
    around = text[max(0, hit.start - 60) : hit.end + 60]
    qualified = [c for c in candidates if any(re.search(q, around, re.IGNORECASE) for q in c.qualifiers)]
    return qualified if len(qualified) == 1 else candidates


def _articles(block: Block, start: int, end: int) -> tuple[tuple[int, ...], Evidence | None]:
    text = block.text
    if re.match(r"[^.;]{0,80}\brespectively\b", text[end:]):
        return (), None  # "Articles 18 and 46 of UNTOC and UNCAC respectively": which is whose is not said here
    before = ARTICLES_BEFORE.search(text[max(0, start - 120) : start])
    if before:
        offset = max(0, start - 120)
        return _numbers(before.group("nums")), Evidence(block, offset + before.start(), offset + before.end())
    after = ARTICLES_AFTER.match(text[end : end + 120])
    if after and not re.match(r"\s*(?:,\s*)?(?:paragraphs?\s+[\w()]+\s*,?\s*)?(?:of|in)\b", text[end + after.end() : end + after.end() + 30]):
        # (not "UNTOC, Article 46 of UNCAC": that article belongs to the next instrument)
        return _numbers(after.group("nums")), Evidence(block, end + after.start("nums") - 0, end + after.end())
    return (), None


def _numbers(text: str) -> tuple[int, ...]:
    """Article numbers of "46(1), 54 and 55", "29 to 31" (paragraph numbers in brackets are dropped)."""
    plain = re.sub(r"\(\s*[0-9a-z]{1,4}\s*\)", " ", text, flags=re.IGNORECASE)
    numbers: list[int] = []
    for match in re.finditer(r"(\d{1,3})(?:\s*(?:to|through|-|–)\s*(\d{1,3}))?", plain):
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) else low
        numbers.extend(range(low, high + 1) if 0 <= high - low <= 20 else (low, high))
    return tuple(dict.fromkeys(numbers))


def _back_references(facts: Analysis, found: list[Citation]) -> list[Citation]:
    """"Article 18(8) of the Convention": the one convention (treaty, agreement ...) the request cites."""
    extra: list[Citation] = []
    spans = {(c.evidence.block.index, c.evidence.start) for c in found}
    for block in facts.document.body():
        for match in BACK_REFERENCE.finditer(block.text):
            what = match.group("what").lower()
            if (block.index, match.start("what")) in spans:
                continue
            earlier = [
                c for c in found
                if c.instrument is not None and not c.negated and what in c.instrument.title.lower()
                and (c.evidence.block.index, c.evidence.start) < (block.index, match.start())
            ]
            ids = {c.instrument.id for c in earlier if c.instrument is not None}
            if len(ids) != 1:
                continue
            target = earlier[-1]
            sentence = _sentence_at(facts, block, match.start())
            extra.append(
                Citation(
                    instrument=target.instrument,
                    kind=target.kind,
                    evidence=Evidence(block, match.start("what"), match.end("what")),
                    articles=_numbers(match.group("nums")),
                    article_evidence=Evidence(block, match.start(), match.end()),
                    parties=target.parties,
                    back_reference=True,
                    basis=_is_basis_context(facts, block, sentence.text if sentence else block.text),
                    negated=False,
                )
            )
    return extra


def _sentence_at(facts: Analysis, block: Block, offset: int) -> Sentence | None:
    for sentence in facts.sentences_in(block):
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _negated(text: str, start: int, sentence: Sentence | None) -> bool:
    """"in the absence of a treaty", "no bilateral treaty", "is not a party to the Budapest Convention"."""
    lo = sentence.start if sentence is not None else max(0, start - 80)
    window = text[max(lo, start - 80) : start]
    window = re.split(r"[;:.]|\bbut\b|\bhowever\b", window)[-1]
    return bool(NEGATED_WINDOW.search(window))


BASIS_WORDS = re.compile(
    r"\b(?:request\w*|assist\w*|co-?operat\w*|basis|pursuant|accordance|under|rel(?:y|ies|ied|iance)|invok\w*|"
    r"made|submitted|transmitted|based)\b",
    re.IGNORECASE,
)
OFFENCE_CONTEXT = re.compile(r"\b(?:offen[cs]es?|criminali[sz]\w*|established|defined|definition)\b", re.IGNORECASE)


def _is_basis_context(facts: Analysis, block: Block, sentence_text: str) -> bool:
    """Whether the sentence relies on the instrument for the request (not an offence defined by it)."""
    if _under_legal_basis_heading(facts, block):
        return True
    index = block.text.find(sentence_text)
    lead = block.text[max(0, index - 60) : index] if index > 0 else ""
    if re.search(r"\b(?:legal\s+basis|basis|legal\s+framework)\s*[:\-–]?\s*$", lead, re.IGNORECASE):
        return True  # "Legal basis: Article 18 of ..." split by the sentencizer
    if OFFENCE_CONTEXT.search(sentence_text) and not re.search(r"\b(?:request|assistance|co-?operation)\b", sentence_text, re.IGNORECASE):
        return False
    return bool(BASIS_WORDS.search(sentence_text))


def _under_legal_basis_heading(facts: Analysis, block: Block) -> bool:
    for section in facts.sections:
        if block in section.blocks:
            return section.heading is not None and heading_matches(section.heading.text, LEGAL_BASIS_HEADINGS)
    return False


# -- legal basis -----------------------------------------------------------------------------

RECIPROCITY_LEMMAS = frozenset({"reciprocity", "reciprocate", "reciprocal", "reciprocally"})
SAME_WORDS = frozenset({"same", "similar", "comparable", "like", "equivalent", "corresponding", "analogous", "reciprocal"})
HELP_WORDS = frozenset({"assistance", "assist", "help", "request", "comply", "cooperation", "co-operation", "cooperate", "co-operate", "render", "provide", "grant", "give", "extend", "execute"})
PLEDGE_WORDS = frozenset({"undertake", "assure", "guarantee", "commit", "promise", "pledge"})
FUTURE_WORDS = frozenset({"will", "shall", "undertake", "assure", "guarantee", "ready", "willing", "prepared", "commit", "promise", "would"})


def legal_basis(facts: Analysis) -> LegalBasis:
    """What the request relies on (use via ``facts.derived``)."""
    cited = tuple(c for c in facts.derived(citations) if not c.negated)
    instruments_relied: list[Citation] = []
    bare: list[Citation] = []
    domestic: list[Citation] = []
    general_with_article = {c.instrument.id for c in cited if c.is_general and c.articles and c.instrument is not None}
    for citation in cited:
        if citation.kind == DOMESTIC:
            if citation.basis:
                domestic.append(citation)
        elif citation.is_general:
            if citation.articles:
                instruments_relied.append(citation)
            elif citation.instrument is not None and citation.instrument.id not in general_with_article:
                bare.append(citation)
        elif citation.basis or citation.kind in MLA_KINDS:
            instruments_relied.append(citation)
    domestic.extend(_procedure_code_basis(facts, cited))
    if not instruments_relied:
        instruments_relied.extend(_generic_treaty_basis(facts))
    return LegalBasis(
        citations=cited,
        instruments=tuple(instruments_relied),
        bare_general=tuple(b for b in bare if b.basis),
        domestic=tuple(domestic),
        reciprocity=reciprocity_undertaking(facts),
    )


GENERIC_TREATY = re.compile(
    r"\b(?:bilateral\s+)?(?:treaty|agreement|convention)\b[^.;]{0,80}?\bmutual\s+(?:legal\s+)?assistance\b"
    r"|\bmutual\s+(?:legal\s+)?assistance\s+(?:treaty|agreement)\b|\bMLAT\b|\bbilateral\s+(?:treaty|agreement)\b",
    re.IGNORECASE,
)


def _generic_treaty_basis(facts: Analysis) -> Iterator[Citation]:
    """"under the bilateral treaty between our two countries": a treaty relied on, though not named."""
    for sentence in facts.body_sentences():
        match = GENERIC_TREATY.search(sentence.text)
        if match is None or not re.search(r"\b(?:under|pursuant|accordance|basis|based|made|relies|rely|invok\w*)\b", sentence.text, re.IGNORECASE):
            continue
        if _negated(sentence.block.text, sentence.start + match.start(), sentence) or NEGATED_BASIS.search(
            sentence.text[: match.start()]
        ):
            continue
        start = sentence.start + match.start()
        yield Citation(None, "mla-treaty", Evidence(sentence.block, start, sentence.start + match.end()))


def _procedure_code_basis(facts: Analysis, cited: tuple[Citation, ...]) -> Iterator[Citation]:
    """A criminal procedure code relied on for international assistance ("Chapter IX CPC, international legal assistance")."""
    for sentence in facts.body_sentences():
        match = PROCEDURE_CODE.search(sentence.text)
        if match is None:
            continue
        if INTERNATIONAL_ASSISTANCE.search(sentence.text) or _under_legal_basis_heading(facts, sentence.block):
            start = sentence.start + match.start()
            yield Citation(None, DOMESTIC, Evidence(sentence.block, start, sentence.start + match.end()))


def reciprocity_undertaking(facts: Analysis) -> Evidence | None:
    """The sentence in which the requesting state undertakes to reciprocate, or None.

    "Pakistan assures the United Kingdom that it will render assistance of the
    same kind in a comparable case", "we will reciprocate in comparable cases",
    "The Kingdom undertakes to comply with a future request ... for similar
    assistance", "on the basis of reciprocity". "In the absence of reciprocity"
    is not one.
    """
    for sentence in facts.body_sentences():
        span = sentence.span
        lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
        if lemmas & RECIPROCITY_LEMMAS:
            token = next(t for t in span if t.lemma_.lower() in RECIPROCITY_LEMMAS or t.lower_ in RECIPROCITY_LEMMAS)
            window = sentence.text[: token.idx - span.start_char]
            if not re.search(r"\b(?:absence|lack|without|no)\s+(?:of\s+)?(?:\w+\s+)?$", window, re.IGNORECASE):
                return Evidence.of_sentence(sentence)
            continue
        if lemmas & SAME_WORDS and lemmas & HELP_WORDS and lemmas & FUTURE_WORDS:
            if lemmas & PLEDGE_WORDS or re.search(
                r"\b(?:case|cases|matter|matters|request|requests|circumstances|offen[cs]es?|situation|future)\b", sentence.text, re.IGNORECASE
            ):
                if re.search(r"\b(?:same|similar|comparable|like|equivalent|corresponding|analogous)\b", sentence.text, re.IGNORECASE):
                    return Evidence.of_sentence(sentence)
    return None
