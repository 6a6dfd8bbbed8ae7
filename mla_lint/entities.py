"""Names of persons and organisations as the request writes them, grouped by spelling (for MLA301).

A name is a run of capitalised words ("Mohammad Ali KHAN", "KHAN, Mohammad
Ali", "Habib Bank Limited"); it is known by the set of its words in lower
case, with company suffixes written one way ("Ltd" is "Limited"), so word
order, capitals and "Ltd."/"Limited" do not make two names. Two names are
spellings of one entity when they share their other words and differ in one
word only, and that word is a small change of the other (Mohammad/Muhammad,
Kahn/Khan); similarity is measured by rapidfuzz, and only names that share a
word are compared (blocking), so a long request is not compared pair by pair.
A surname alone is compared only when it is clearly a name: after a title
("Mr Kahn") or in capitals ("KAHN").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA, Levenshtein

from mla_lint.births import CAPITAL, NAME_WORD, PARTICLE
from mla_lint.findings import Related
from mla_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

NAME_RUN = re.compile(
    rf"(?:\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?(?:\b{CAPITAL}{NAME_WORD}\b(?:,?\s+(?:{PARTICLE}\s+){{0,2}}(?={CAPITAL}))?){{1,6}}"
)
TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+")
SUFFIXES = {
    "ltd": "limited", "pvt": "private", "co": "company", "corp": "corporation", "inc": "incorporated",
    "intl": "international", "bhd": "berhad", "plc": "plc", "llc": "llc",
}
"""Company-name abbreviations and the word they stand for: "Habib Bank Ltd" is "Habib Bank Limited"."""
ALIAS = re.compile(
    r"^[\s,;(\[]*(?:alias|a\.?k\.?a\.?|also\s+(?:known\s+as|called|spelt|spelled|written)|or|née|nee)\b[\s:\"“'‘]*$",
    re.IGNORECASE,
)
"""What stands between a name and a spelling the request declares for it ("alias", "also spelt", "a.k.a.")."""
HEADING_NUMBER = re.compile(r"^(?:[IVXLC]+|\d+|[A-Z])[.)]\s+")
"""The number of a heading ("III. ", "4) ", "B. ")."""
MIN_WORD = 4
"""In shorter words (Ali, Abu, Wei) only two swapped letters count: one letter changed is another name."""
MIN_SIMILARITY = 0.75


@dataclass(frozen=True)
class NameMention:
    """One name written in one block, with its words normalised."""

    block: Block
    start: int
    end: int
    words: frozenset[str]
    titled: bool
    """Written after a title ("Mr Khan") or in capitals ("KHAN"): surely a person's name."""

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def where(self) -> str:
        return self.block.span_location(self.start, self.end).describe()

    def related(self, message: str) -> Related:
        return Related(
            location=self.block.span_location(self.start, self.end),
            message=message,
            excerpt=self.block.excerpt(self.start, self.end),
        )


@dataclass(frozen=True)
class Variant:
    """One entity written two ways: ``first`` (the usual spelling) and ``other`` (the odd one)."""

    first: NameMention
    other: NameMention
    usual_word: str
    odd_word: str
    odd_count: int
    usual_count: int


def name_words(text: str) -> frozenset[str]:
    """The words of a name, in lower case, company suffixes spelled out, without a title."""
    words = (re.sub(r"['’]s?$", "", w).lower() for w in re.findall(NAME_WORD, TITLE.sub("", text)))
    return frozenset(w for w in (SUFFIXES.get(w, w) for w in words) if re.search(r"[^\W\d_bcdfghjklmnpqrstvwxz]", w))


def find_names(block: Block) -> list[NameMention]:
    """Every run of capitalised words in ``block`` (names, and some titles and headings, which rarely pair up)."""
    mentions = []
    for match in NAME_RUN.finditer(block.text):
        text = match.group().rstrip(", ")
        words = name_words(text)
        if not words:
            continue
        in_text = block.kind is not BlockKind.HEADING and HEADING_NUMBER.sub("", block.text.strip()) != text
        # a capitalised heading ("III. FACTS") is no surname
        titled = bool(TITLE.match(text)) or (in_text and any(w.isupper() and len(w) >= MIN_WORD for w in text.split()))
        mentions.append(NameMention(block, match.start(), match.start() + len(text), words, titled))
    return mentions


def is_misspelling(first: str, second: str) -> bool:
    """Two words one small change apart (Mohammad/Muhammad, Kahn/Khan, Mohammed/Muhammad), not one word's ending."""
    if first.startswith(second) or second.startswith(first):
        return False  # a plural, a possessive or a demonym (Africa/African, Pakistan/Pakistani)
    if min(len(first), len(second)) < MIN_WORD:
        return len(first) == len(second) == 3 and is_transposition(first, second)  # Wei/Wie, but not Ali/Aly
    if OSA.distance(first, second) > 2:
        return False
    return Levenshtein.normalized_similarity(first, second) >= MIN_SIMILARITY or OSA.distance(first, second) == 1


def is_transposition(first: str, second: str) -> bool:
    """One swap of neighbouring characters (OSA distance 1 where plain edit distance is 2): a typing error."""
    return OSA.distance(first, second) == 1 and Levenshtein.distance(first, second) == 2


def name_variants(facts: Analysis) -> tuple[Variant, ...]:
    """Entities written in two spellings (once per document, through ``facts.derived``).

    Each distinct name (set of words) is compared once, at its first place;
    a spelling the request declares ("also known as", "alias", "also spelt")
    is not a variant.
    """
    mentions = [m for block in facts.document.body() for m in find_names(block)]
    common = _lower_case_words(facts)
    declared = _declared_spellings(mentions)
    counts: dict[str, int] = defaultdict(int)
    firsts: dict[frozenset[str], NameMention] = {}
    for mention in mentions:
        firsts.setdefault(mention.words, mention)
        for word in mention.words:
            counts[word] += 1
    by_word: dict[str, list[NameMention]] = defaultdict(list)
    first_seen: dict[str, int] = {}
    for order, mention in enumerate(firsts.values()):
        for word in mention.words:
            by_word[word].append(mention)
            first_seen.setdefault(word, order)
    found: dict[frozenset[str], Variant] = {}
    for mention in firsts.values():
        for candidate in _candidates(mention, by_word, counts):
            pair = _differing_word(mention, candidate)
            if pair is None or pair[0] in common or pair[1] in common or frozenset(pair) in declared:
                continue
            key = frozenset(pair)
            if key in found:
                continue
            odd, usual = sorted(pair, key=lambda w: (counts[w], -first_seen[w]))  # the rarer, else the later
            first, other = (candidate, mention) if odd in mention.words else (mention, candidate)
            found[key] = Variant(first, other, usual, odd, counts[odd], counts[usual])
    return tuple(sorted(found.values(), key=lambda v: (v.other.block.index, v.other.start)))


def _declared_spellings(mentions: list[NameMention]) -> frozenset[frozenset[str]]:
    """Word pairs the request itself gives as two spellings of a name ("KHAN (also spelt KAHN)", "alias")."""
    declared = set()
    for previous, mention in pairwise(mentions):
        if previous.block is not mention.block:
            continue
        if ALIAS.search(mention.block.text[previous.end : mention.start]):
            pair = _differing_word(previous, mention)
            if pair is not None:
                declared.add(frozenset(pair))
    return frozenset(declared)


def _candidates(
    mention: NameMention, by_word: dict[str, list[NameMention]], counts: dict[str, int]
) -> list[NameMention]:
    """The earlier-seen names that share a word with ``mention`` (the blocking), or, for a titled surname alone,
    the names with a word one change away."""
    if len(mention.words) >= 2:
        return [c for word in mention.words for c in by_word[word] if c.words != mention.words]
    if not mention.titled:
        return []
    (word,) = mention.words
    return [c for other in counts if other != word and is_misspelling(word, other) for c in by_word[other] if len(c.words) >= 2]


def _differing_word(first: NameMention, second: NameMention) -> tuple[str, str] | None:
    """The one word in which two names differ, if it is a misspelling and the rest agree."""
    only_first, only_second = first.words - second.words, second.words - first.words
    if len(only_first) != 1 or len(only_second) != 1:
        if len(first.words) == 1 and len(only_first) == 1:
            word = next(iter(only_first))
            close = [w for w in second.words if is_misspelling(word, w)]
            return (word, close[0]) if len(close) == 1 else None
        return None
    pair = (next(iter(only_first)), next(iter(only_second)))
    return pair if is_misspelling(*pair) else None


def _lower_case_words(facts: Analysis) -> frozenset[str]:
    """Words the request also writes in lower case: ordinary words, not names ("transfer", "court")."""
    return frozenset(w for block in facts.document.body() for w in re.findall(r"\b[a-z][a-z'’\-]+\b", block.text))
