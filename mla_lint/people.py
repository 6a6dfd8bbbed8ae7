"""The people and organisations of a request: every mention of each grouped into one entity (for MLA301/302).

A request names one person many ways: "KHAN, Mohammad Ali" in the
particulars, "Mohammad Ali KHAN" in the facts, "Mr Khan", "the accused KHAN"
and "M. A. Khan" in passing. This module groups them:

- whole names (two words or more) with the same words, in any order and
  case, are one entity; so are two whole names that differ in one word that
  is a misspelling of the other (Mohammad/Muhammad: the variants MLA301
  reports), and two names the request declares one ("also known as",
  "alias", "also spelt");
- a short form (a titled or capitalised surname alone, "Mr Khan", "KHAN";
  initials and a surname, "M. A. Khan") belongs to the one entity whose name
  contains its words and whose other words begin with its initials; if two
  entities fit (a father "Ali Hassan KHAN" and a son "Mohammad Ali KHAN"),
  the short form is ambiguous and belongs to none; a personal title never
  points at an organisation;
- whole names with different words are different entities: "Ali Khan" and
  "Imran Khan", a father named after "son of" or "s/o" and his son; so are
  two names one letter apart written in one sentence ("Maria GONZÁLEZ and
  her sister Marta GONZÁLEZ"), since a drafter does not misspell a name
  right beside its right spelling.

Comparison is blocked: a name of n words is compared only with the names
that have the same n - 1 other words (each name is filed under each of its
words left out), so a long request is not compared pair by pair, however
many people share a surname.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from mla_lint.births import sentence_bounds
from mla_lint.countries import country_of
from mla_lint.entities import (
    ALIAS,
    ALIAS_CUE,
    ORG_WORDS,
    NameMention,
    differing_word,
    find_names,
    is_misspelling,
    is_transcription,
    lower_case_words,
)
from mla_lint.model import Block

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

Words = frozenset[str]
ALIAS_WINDOW = 40
"""How far before a name an alias cue is looked for, in characters."""
MAX_EDITS = 2
"""Words further apart than this are never spellings of one word (see ``entities.is_misspelling``)."""


@dataclass(frozen=True)
class Variant:
    """One entity written two ways: ``first`` (the usual spelling) and ``other`` (the odd one)."""

    first: NameMention
    other: NameMention
    usual_word: str
    odd_word: str
    odd_count: int
    usual_count: int


@dataclass(frozen=True)
class Entity:
    """One person or organisation: its index and its mentions in document order."""

    index: int
    mentions: tuple[NameMention, ...]


@dataclass(frozen=True)
class People:
    """The entities of one request, the spelling variants inside them, and which entity each mention is."""

    mentions: tuple[NameMention, ...]
    entities: tuple[Entity, ...]
    variants: tuple[Variant, ...]
    fits: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)
    """(block index, start) of a mention -> the entities it may be (one: linked; several: ambiguous)."""
    by_block: dict[int, tuple[NameMention, ...]] = field(default_factory=dict)

    def candidates(self, mention: NameMention) -> tuple[int, ...]:
        """The entities ``mention`` may be: one when it is linked, several when it is ambiguous, none if unknown."""
        return self.fits.get((mention.block.index, mention.start), ())

    def entity_of(self, mention: NameMention) -> int | None:
        fitting = self.candidates(mention)
        return fitting[0] if len(fitting) == 1 else None

    def mentions_in(self, block: Block) -> tuple[NameMention, ...]:
        return self.by_block.get(block.index, ())


def people(facts: Analysis) -> People:
    """The entities of the request's body (once per document, through ``facts.derived``)."""
    common = facts.derived(lower_case_words)
    mentions = tuple(m for block in facts.document.body() for m in find_names(block, common))
    return group_mentions(mentions, common)


def group_mentions(mentions: tuple[NameMention, ...], common: frozenset[str]) -> People:
    """Group ``mentions`` (in document order) into entities; ``common`` are the request's ordinary words."""
    counts = Counter(word for mention in mentions for word in mention.words)
    firsts: dict[Words, NameMention] = {}
    places: dict[Words, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        if mention.is_full:
            firsts.setdefault(mention.words, mention)
            places[mention.words].append(mention)
    groups = _Groups(firsts)
    declared = _declared(mentions, groups)
    by_word: dict[str, list[Words]] = defaultdict(list)
    by_rest: dict[Words, list[Words]] = defaultdict(list)
    for words in firsts:
        for word in words:
            by_rest[words - {word}].append(words)  # the names with the same other words differ in one word
            by_word[word].append(words)
    pending: list[tuple[Words, Words, tuple[str, str]]] = []
    for earlier, later in _one_word_apart(by_rest):
        if is_transcription(*_only_words(later, earlier)):
            groups.join(earlier, later)  # "Müller"/"Mueller": one name, two usual transcriptions
            continue
        pair = differing_word(later, earlier)
        if pair is None or _not_names(pair, common) or _side_by_side(places[later], places[earlier]):
            continue
        groups.join(earlier, later)
        if frozenset(pair) not in declared:
            pending.append((earlier, later, pair))
    short_variants: list[tuple[Words, NameMention, tuple[str, str]]] = []
    fits: dict[tuple[int, int], tuple[int, ...]] = {}
    index = groups.indexes()
    close_words = _CloseWords(by_word, common)
    fitting_of = _Fitting(by_word, groups, index)
    plain = frozenset(word for mention in mentions if mention.is_full and not mention.courtesy for word in mention.words)
    for mention in mentions:
        key = (mention.block.index, mention.start)
        own = (index[groups.find(mention.words)],) if mention.is_full else ()
        if mention.is_full and not mention.courtesy:
            fits[key] = own
        elif mention.is_full or mention.titled or mention.initials:
            # a short form; or a titled part of a longer name ("Sr. García López" of "José Luis García López")
            fitting = fitting_of(mention)
            respelt = None if fitting else _respelt(mention, fitting_of, close_words, plain)
            if respelt is not None:  # "Mr Kahn" of the one "Mohammad Ali KHAN": a variant
                root, whole, pair = respelt
                short_variants.append((whole, mention, pair))
                fits[key] = (index[root],)
            else:  # the one name it fits, else the names it may be (a short form) or its own (a whole name)
                fits[key] = fitting_of.numbers(mention) if len(fitting) == 1 or not own else own
    variants = _variants(pending, short_variants, firsts, counts, groups)
    members: dict[int, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        fitting = fits.get((mention.block.index, mention.start), ())
        if len(fitting) == 1:
            members[fitting[0]].append(mention)
    by_block: dict[int, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        by_block[mention.block.index].append(mention)
    return People(
        mentions=mentions,
        entities=tuple(Entity(i, tuple(members[i])) for i in sorted(members)),
        variants=variants,
        fits=fits,
        by_block={k: tuple(v) for k, v in by_block.items()},
    )


def _one_word_apart(by_rest: dict[Words, list[Words]]) -> Iterator[tuple[Words, Words]]:
    """The pairs of names (earlier, later) that share all words but one, where those two words are at most two
    edits apart: rapidfuzz's ``cdist`` compares each group of names with the same other words in one vectorised
    pass, so a surname shared by thousands of names costs milliseconds."""
    for rest, names in by_rest.items():
        if len(names) < 2:
            continue
        words = [next(iter(name - rest)) for name in names]
        close = cdist(words, words, scorer=OSA.distance, score_cutoff=MAX_EDITS, dtype=numpy.int32) <= MAX_EDITS
        for i, j in zip(*numpy.nonzero(numpy.triu(close, k=1))):
            yield names[i], names[j]


class _Groups:
    """Union-find over the distinct whole names (word sets)."""

    def __init__(self, names: dict[Words, NameMention]) -> None:
        self._parent = {words: words for words in names}
        self._order = list(names)

    def find(self, words: Words) -> Words:
        while self._parent[words] != words:
            self._parent[words] = self._parent[self._parent[words]]
            words = self._parent[words]
        return words

    def join(self, first: Words, second: Words) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self._parent[b] = a

    def indexes(self) -> dict[Words, int]:
        """Each group's root -> the group's number, in the order of the groups' first mention."""
        numbers: dict[Words, int] = {}
        for words in self._order:
            numbers.setdefault(self.find(words), len(numbers))
        return numbers


class _CloseWords:
    """The names' words one letter changed, dropped, added or swapped from a given word ("Kahn" -> "Khan").

    Looked up in an index of the vocabulary by every word with one letter left out (two words one edit apart
    share such a form), built on first use: a request with thousands of initials ("M. A. Kahn") is not compared
    with its whole vocabulary word by word. Memoised, since a surname recurs.
    """

    def __init__(self, by_word: dict[str, list[Words]], common: frozenset[str]) -> None:
        self._vocabulary = [w for w in by_word if w not in common]
        self._common = common
        self._index: dict[str, set[str]] | None = None
        self._memo: dict[str, list[str]] = {}

    def __call__(self, word: str) -> list[str]:
        if word not in self._memo:
            self._memo[word] = [] if word in self._common else self._look_up(word)
        return self._memo[word]

    def _look_up(self, word: str) -> list[str]:
        if self._index is None:
            self._index = defaultdict(set)
            for known in self._vocabulary:
                for form in _one_left_out(known):
                    self._index[form].add(known)
        near = {known for form in _one_left_out(word) for known in self._index.get(form, ())}
        return sorted(known for known in near if known != word and is_misspelling(word, known))


def _one_left_out(word: str) -> set[str]:
    """The word and the word with each of its letters left out in turn."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _only_words(first: Words, second: Words) -> tuple[str, str]:
    """The word of ``first`` not in ``second`` and the word of ``second`` not in ``first`` (names one word apart)."""
    return next(iter(first - second)), next(iter(second - first))


def _not_names(pair: tuple[str, str], common: frozenset[str]) -> bool:
    """Either word is an ordinary word or a country ("Slovenia"/"Slovakia" are two states, not a slip)."""
    return any(word in common or country_of(word) is not None for word in pair)


def _side_by_side(first: list[NameMention], second: list[NameMention]) -> bool:
    """Two names written in one sentence are two people ("Maria GONZÁLEZ and her sister Marta GONZÁLEZ"): a
    drafter does not misspell a name right beside its right spelling."""
    blocks = {m.block.index for m in second}
    for mention in first:
        if mention.block.index not in blocks:
            continue
        lo, hi = sentence_bounds(mention.block.text, mention.start)
        if any(m.block is mention.block and lo <= m.start < hi for m in second):
            return True
    return False


def _respelt(
    mention: NameMention, fitting_of: _Fitting, close_words: _CloseWords, plain: frozenset[str]
) -> tuple[Words, Words, tuple[str, str]] | None:
    """The one group a short form fits once a word of it found in no whole name (``plain``: the words of the
    untitled whole names) is read as a close word of a name:
    (the group's root, the fitting whole name, (the word as written, the close word)); None if not exactly one."""
    respelt = {
        root: (whole, (word, close))
        for word in mention.words
        if word not in plain
        for close in close_words(word)
        if close not in mention.words
        for root, whole in fitting_of(mention, (word, close)).items()
        if word not in whole  # not the short form's own name ("Grace Atieno Otieno" is no "Grace Otieno")
    }
    if len(respelt) != 1:
        return None
    ((root, (whole, pair)),) = respelt.items()
    return root, whole, pair


def _declared(mentions: tuple[NameMention, ...], groups: _Groups) -> frozenset[frozenset[str]]:
    """Join the names the request declares one ("KHAN (also spelt KAHN)", "X alias Y", "Maria DELA CRUZ of
    Manila, also known as Clara Dela Cruz"); return the word pairs so declared, which are spellings the request
    chose, not variants."""
    declared = set()
    for previous, mention in _aliases(mentions):
        if previous.is_full and mention.is_full:
            groups.join(previous.words, mention.words)
        only_first, only_second = previous.words - mention.words, mention.words - previous.words
        declared |= {frozenset((a, b)) for a in only_first for b in only_second if is_misspelling(a, b)}
    return frozenset(declared)


def _aliases(mentions: tuple[NameMention, ...]) -> Iterator[tuple[NameMention, NameMention]]:
    """(name, its declared other name): a name right after an alias cue and the name before the cue in the same
    sentence (a place in between, "of Manila", is passed over)."""
    for previous, mention in pairwise(mentions):
        if previous.block is not mention.block:
            continue
        text = mention.block.text
        if ALIAS.search(text[previous.end : mention.start]) or ALIAS_CUE.search(
            text[max(previous.end, mention.start - ALIAS_WINDOW) : mention.start]
        ):
            lo, _ = sentence_bounds(text, mention.start)
            named = [m for m in mentions if m.block is mention.block and lo <= m.start < mention.start and (m.is_full or m.titled)]
            if named:
                yield named[-1], mention


class _Fitting:
    """The groups (root -> one fitting whole name) a short form may stand for: a whole name containing its words,
    whose other words start with its initials, a person's if the short form is titled. Memoised: "Mr Khan"
    recurs, and a surname may be shared by many names."""

    def __init__(self, by_word: dict[str, list[Words]], groups: _Groups, index: dict[Words, int]) -> None:
        self._by_word = by_word
        self._groups = groups
        self._index = index
        self._memo: dict[tuple[Words, tuple[str, ...], bool, tuple[str, ...]], dict[Words, Words]] = {}
        self._numbers: dict[tuple[Words, tuple[str, ...], bool], tuple[int, ...]] = {}

    def __call__(self, mention: NameMention, respelt: tuple[str, str] | None = None) -> dict[Words, Words]:
        """``respelt`` (written, close): read the written word as the close one."""
        key = (mention.words, mention.initials, mention.courtesy, respelt or ())
        if key not in self._memo:
            self._memo[key] = self._compute(mention, respelt)
        return self._memo[key]

    def numbers(self, mention: NameMention) -> tuple[int, ...]:
        """The numbers of the groups the short form fits as written, in order."""
        key = (mention.words, mention.initials, mention.courtesy)
        if key not in self._numbers:
            self._numbers[key] = tuple(sorted(self._index[root] for root in self(mention)))
        return self._numbers[key]

    def _compute(self, mention: NameMention, respelt: tuple[str, str] | None) -> dict[Words, Words]:
        words = frozenset(respelt[1] if respelt and w == respelt[0] else w for w in mention.words)
        anchor = min(words, key=lambda w: len(self._by_word.get(w, ())))
        fitting: dict[Words, Words] = {}
        for whole in self._by_word.get(anchor, ()):
            if not words < whole or (mention.courtesy and _org(whole)):
                continue
            if mention.initials and not _initials_fit(mention.initials, whole - words):
                continue
            fitting.setdefault(self._groups.find(whole), whole)
        return fitting


def _org(words: Words) -> bool:
    return bool(words & ORG_WORDS)


def _initials_fit(initials: tuple[str, ...], others: Words) -> bool:
    """Each initial starts a different one of the name's other words ("M. A." fits Mohammad Ali)."""
    letters = Counter(w[0] for w in others)
    return not Counter(initials) - letters


def _variants(
    pending: list[tuple[Words, Words, tuple[str, str]]],
    short: list[tuple[Words, NameMention, tuple[str, str]]],
    firsts: dict[Words, NameMention],
    counts: Counter[str],
    groups: _Groups,
) -> tuple[Variant, ...]:
    """One variant per entity and pair of spellings: at the first place of the rarer (else later) spelling."""
    order = {words: n for n, words in enumerate(firsts)}
    found: dict[tuple[Words, frozenset[str]], Variant] = {}
    for earlier, later, (later_word, earlier_word) in pending:
        key = (groups.find(earlier), frozenset((later_word, earlier_word)))
        if key in found:
            continue
        later_is_odd = counts[later_word] < counts[earlier_word] or (
            counts[later_word] == counts[earlier_word] and order[later] > order[earlier]
        )
        usual, odd = (earlier, later) if later_is_odd else (later, earlier)
        usual_word, odd_word = (earlier_word, later_word) if later_is_odd else (later_word, earlier_word)
        found[key] = Variant(firsts[usual], firsts[odd], usual_word, odd_word, counts[odd_word], counts[usual_word])
    for whole, mention, (odd_word, usual_word) in short:
        key = (groups.find(whole), frozenset((odd_word, usual_word)))
        if key not in found:
            found[key] = Variant(firsts[whole], mention, usual_word, odd_word, counts[odd_word], counts[usual_word])
    return tuple(sorted(found.values(), key=lambda v: (v.other.block.index, v.other.start)))
