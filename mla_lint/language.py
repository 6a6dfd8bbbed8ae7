"""Small linguistic tests on spaCy tokens and spans that several rules share.

They work on lemmas and dependencies, not on the exact wording of a sample:
a wish is a wish whether it is phrased with a modal ("should be kept"), a
verb of asking ("we request that"), a politeness formula ("kindly") or an
imperative ("Please do not inform").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NEGATORS = frozenset({"not", "n't", "no", "never", "without", "nor", "neither"})
MODALS = frozenset({"should", "must", "shall", "would", "may", "could", "need", "will", "can"})
WISH_MODALS = MODALS - {"will", "can"}
FRAME_VERBS = frozenset({
    "ask", "request", "urge", "invite", "seek", "require", "kindly", "please", "appreciate", "trust", "grateful",
    "essential", "important", "necessary", "imperative", "vital", "crucial", "keep", "treat", "maintain", "ensure",
    "refrain", "avoid",
})

_HEADING_NOISE = re.compile(
    r"^[\s(\[]*(?:[0-9]+(?:\.[0-9]+)*[.)\]:]*\s+|(?:[0-9]+(?:\.[0-9]+)*|[ivxlc]+|[a-z])[.)\]:]+\s*)?",
    re.IGNORECASE,
)
"""A heading's label: "4.", "4.2", "(b)", "IV.", "4 " (a letter or roman numeral only with its punctuation)."""


def mentions(span: Span | Iterable[Token], words: Iterable[str]) -> bool:
    """True if a token of ``span`` has one of ``words`` as lemma or lower-cased form."""
    wanted = set(words)
    return any(t.lemma_.lower() in wanted or t.lower_ in wanted for t in span)


def mentions_subtree(token: Token, words: Iterable[str]) -> bool:
    """True if a word of ``words`` occurs in the syntactic subtree of ``token``."""
    return mentions(token.subtree, words)


def has_negation(token: Token) -> bool:
    """A negation attached to the word ("not", "never"); unlike a window test, "case No. 12" is not negated."""
    return any(c.dep_ == "neg" or c.lower_ in {"not", "never", "n't"} for c in token.children)


def is_negated(token: Token) -> bool:
    """A negation on the word, its auxiliaries, its governing verb, or just before it."""
    scope = [token, token.head] if token.dep_ in {"xcomp", "acomp", "oprd", "pcomp"} else [token]
    for word in scope:
        if any(child.dep_ == "neg" or child.lower_ in NEGATORS for child in word.children):
            return True
    window = token.doc[max(token.sent.start, token.i - 4) : token.i]
    if any(t.lower_ in NEGATORS for t in window):
        return True
    return token.head.lemma_.lower() in {"refrain", "avoid", "prevent"}


def has_request_frame(sent: Span) -> bool:
    """A wish or instruction: a modal, "ask/request/please/grateful", or an imperative."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.tag_ == "MD" and lemma in WISH_MODALS:
            return True
        if lemma in FRAME_VERBS and token.pos_ in {"VERB", "AUX", "ADJ", "ADV", "INTJ"}:
            return True
    root = sent.root
    return root.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)


def heading_text(text: str) -> str:
    """A heading without its numbering and punctuation, lower-cased: "4. Dual Criminality:" -> "dual criminality"."""
    return _HEADING_NOISE.sub("", text, count=1).strip(" .:;-").lower()
