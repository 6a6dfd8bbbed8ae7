"""What the sentence around a date says happened then: told as past or not, and who did it (for MLA305).

"The suspect was arrested on 3 May 2025" is an event; "the trial is set for
3 May 2025" is not. "KHAN opened the account on 3 May 2015" is an event in
which KHAN took part. Telling them apart needs the tagger and the parser, but
only on the few sentences that hold a date a rule asks about: on a 100,000-word
request whose other selected rules need no language model, parsing every
paragraph would cost the whole spaCy pass for a handful of dates. So the
sentence around each date asked about is parsed alone (all of them in one
``nlp.pipe``), unless the document has already been parsed for another rule,
whose parse is then reused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mla_lint.analysis import unwrapped
from mla_lint.births import sentence_bounds
from mla_lint.dates import DateMention
from mla_lint.nlp import components_needed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from mla_lint.analysis import Analysis

CLAUSE_COMPONENTS = frozenset({"tagger", "parser", "lemmatizer"})
"""The spaCy components this module reads: tags (tense, modals), the dependency tree, lemmas."""
FORWARD_LOOKING = frozenset({
    "will", "shall", "schedule", "set", "due", "expect", "list", "fix", "plan", "intend", "anticipate", "adjourn",
    "until", "till", "by", "before", "deadline", "expire", "next", "upcoming", "hearing", "trial", "later",
    "return", "postpone", "reschedule", "remand", "summon", "lapse", "expiry", "remain", "valid",
    "returnable", "appear", "extend", "direct", "renew", "grant",
})
"""Words that make a later date legitimate: a hearing set for next year, a deadline, a date until which."""
WINDOW = 1_000
"""The most characters of a sentence parsed on either side of a date."""
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAME_PARTS = frozenset({"compound", "flat", "det"})
OTHER_CLAUSES = frozenset({"agent", "conj", "cc", "advcl", "ccomp", "parataxis", "relcl"})
"""Dependents of a verb that are not about its time: the "by" of a passive, a clause joined to it ("... and the
trial is set for ...")."""


@dataclass(frozen=True)
class DatedClause:
    """What the clause a date belongs to tells: whether it looks back, and who acted (as written)."""

    past: bool
    """The verb is in the past tense ("was arrested on", "transferred on") and nothing makes it still to come."""
    actor: str
    """The subject of the verb, or the agent of a passive one ("KHAN", "the suspect", "he"); "" when none."""


def clauses_of(facts: Analysis, mentions: Iterable[DateMention]) -> dict[DateMention, DatedClause]:
    """The clause of each date in ``mentions``, parsing only their sentences unless the document is parsed."""
    wanted = list(dict.fromkeys(mentions))
    if not wanted:
        return {}
    if "parsed" in facts.__dict__:  # another rule has parsed the document: reuse it
        return {m: _clause(facts.doc_of(m.block), m.start, m.end) for m in wanted}
    bounds = [_window(m) for m in wanted]
    texts = {m.block.index: unwrapped(m.block.text) for m in wanted}  # as the whole document would be parsed
    nlp = facts.pipeline.nlp
    with nlp.select_pipes(enable=components_needed(nlp.pipe_names, CLAUSE_COMPONENTS)):
        docs = nlp.pipe(texts[m.block.index][lo:hi] for m, (lo, hi) in zip(wanted, bounds))
        return {m: _clause(doc, m.start - lo, m.end - lo) for m, (lo, _), doc in zip(wanted, bounds, docs)}


def _window(mention: DateMention) -> tuple[int, int]:
    """The sentence around the date, at most ``WINDOW`` characters either side (a text with no sentence ends)."""
    lo, hi = sentence_bounds(mention.block.text, mention.start)
    return max(lo, mention.start - WINDOW), min(hi, mention.end + WINDOW)


def _clause(doc: Doc, start: int, end: int) -> DatedClause:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return DatedClause(past=False, actor="")
    verb = _verb_of(span)
    if verb is None:
        return DatedClause(past=False, actor="")
    return DatedClause(past=_looks_back(span, verb), actor=_actor(verb))


def _verb_of(span: Span) -> Token | None:
    """The verb the date depends on, up the dependency tree."""
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _looks_back(span: Span, verb: Token) -> bool:
    """Past tense, and no modal ("will", "should") or forward-looking word ("set", "by", "until") on the verb."""
    own = (c for c in verb.children if c.dep_ not in OTHER_CLAUSES)
    around = [verb, *own, *span.root.ancestors]
    if any(t.tag_ == "MD" or t.lemma_.lower() in FORWARD_LOOKING for t in around):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in verb.children)


def _actor(verb: Token) -> str:
    """Who took part: the agent of a passive verb ("opened by KHAN"), else its subject ("KHAN was arrested"),
    else that of the verb it is joined to ("KHAN flew to Dubai and opened ...")."""
    for token in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else None):
        if token is None:
            continue
        for child in token.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _words(objects[0])
        for child in token.children:
            if child.dep_ in SUBJECTS:
                return _words(child)
    return ""


def _words(token: Token) -> str:
    """The name or noun of ``token`` with its compounds and determiner ("Mohammad Ali KHAN", "the suspect"), not
    what describes it ("KHAN, then 41 years old") or a relative clause."""
    kept = [t for t in token.subtree if t.i == token.i or (t.head.i == token.i and t.dep_ in NAME_PARTS)]
    return " ".join(t.text for t in kept)
