"""MLA110 confidentiality: the request asks that its fact and substance be kept confidential."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis, Sentence
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.language import has_request_frame, is_negated, mentions, mentions_subtree

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SECRECY = frozenset({"confidential", "confidentiality", "confidentially", "secret", "secrecy", "secretly", "confidence"})
DISCLOSE = frozenset({"disclose", "disclosure", "divulge", "reveal", "publicise", "publicize", "publish", "share", "release", "public", "discuss", "communicate"})
NOTIFY = frozenset({"notify", "notification", "inform", "tell", "alert", "tip", "warn", "aware", "know", "advise", "notice"})
REQUEST_NOUNS = frozenset({
    "request", "letter", "application", "existence", "content", "contents", "fact", "substance",
    "enquiry", "inquiry", "investigation", "proceeding", "proceedings", "matter", "correspondence",
    "communication", "commission", "rogatory",
})
PERSON_NOUNS = frozenset({
    "holder", "suspect", "subject", "customer", "client", "person", "individual", "anyone", "anybody",
    "party", "target", "accused", "defendant", "owner", "director", "company", "one", "nobody",
    "people", "employee", "family", "relative", "associate", "signatory", "beneficiary", "user", "subscriber",
})
FOREIGN_SECRECY = frozenset({"bank", "banking", "commercial", "tax", "professional", "client", "medical", "business", "trade", "financial"})
REFUSAL = frozenset({"refuse", "refusal", "decline", "ground", "grounds"})
HEADING_WORDS = frozenset({"confidentiality", "confidential", "secrecy", "non-disclosure", "disclosure"})


class Confidentiality(RequiredElement):
    """The request asks the requested state to keep the request confidential.

    **What it checks.** That somewhere in the body the requesting authority
    asks for confidentiality: that the existence, fact, substance or contents
    of the request be kept confidential or not disclosed, or that the persons
    concerned (account holders, suspects) not be told of it. The wording does
    not matter; a ``CONFIDENTIAL`` stamp in the header, "confidential bank
    records" or "bank confidentiality is no ground for refusal" are not such a
    request, and neither is a "Confidentiality" heading with nothing under it.

    **Why it matters.** Confidentiality is not automatic: under the UN
    conventions the requesting state "may require" it, so a request that is
    silent gets none, and the bank may tell its customer, who then moves the
    money or the witness. Central authorities also want the *reasons* for the
    wish (Hong Kong and Mauritius law require them).

    **Source.** UNTOC Art. 18(20) and UNCAC Art. 46(20) ("The requesting
    State Party may require that the requested State Party keep confidential
    the fact and substance of the request, except to the extent necessary to
    execute the request"); Mauritius Mutual Assistance in Criminal and Related
    Matters Act 2003 s 4(3)(f); Hong Kong Mutual Legal Assistance in Criminal
    Matters Ordinance s 8(2)(e).

    **Bad.** A request for bank records that never mentions confidentiality.

    **Good.** "The Requesting State asks that the fact and substance of this
    request be kept confidential and that the account holders not be informed
    of it, since disclosure would allow the suspects to move the funds."
    """

    code = "MLA110"
    name = "confidentiality"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(20); UNCAC Art. 46(20)"

    heading_phrases = ("confidentiality", "confidential", "secrecy", "non-disclosure")
    missing = (
        "No confidentiality clause: the request never asks that its existence and contents be kept "
        "confidential or that the persons concerned not be told of it."
    )
    add = (
        "Add a paragraph such as: \"The Requesting State asks that the fact and substance of this request be kept "
        "confidential and that the persons concerned not be informed of it, because disclosure would prejudice the "
        "investigation.\""
    )

    def find(self, facts: Analysis) -> Evidence | None:
        clause = find_confidentiality_clause(facts)
        return Evidence.of_sentence(clause) if clause is not None else None


def find_confidentiality_clause(facts: Analysis) -> Sentence | None:
    """The sentence that asks for confidentiality (the evidence for "present"), or None.

    Under a "Confidentiality" heading any wish counts ("We ask that this be
    respected"); elsewhere the sentence itself must say what is to be secret.
    """
    for section in facts.sections:
        if section.heading is not None and _is_confidentiality_heading(section.heading.text):
            for block in section.blocks:
                for sentence in facts.sentences_in(block):
                    if has_request_frame(sentence.span) or _declares_request_confidential(sentence.span):
                        return sentence
    for sentence in facts.body_sentences():
        if _asks_for_confidentiality(sentence.span):
            return sentence
    return None


def _is_confidentiality_heading(text: str) -> bool:
    words = {w.strip(".:;()0-9").lower() for w in text.split()}
    return bool(words & HEADING_WORDS) and len(words) <= 6


def _asks_for_confidentiality(sent: Span) -> bool:
    """A sentence that asks for secrecy of the request, or for the persons concerned not to be told."""
    lemmas = {t.lemma_.lower() for t in sent}
    if lemmas & REFUSAL and lemmas & SECRECY:
        return False  # "bank secrecy shall not be a ground for refusal"
    if any(_is_secrecy_of_request(t) for t in sent):
        return has_request_frame(sent) or _declares_request_confidential(sent)
    if any(_is_negated_disclosure(t) for t in sent):
        return has_request_frame(sent)
    return False


def _is_secrecy_of_request(token: Token) -> bool:
    """"confidential" / "secret" said of the request, not of bank records or informants."""
    lemma = token.lemma_.lower()
    if lemma not in SECRECY:
        return False
    if lemma == "confidence" and not any(t.lower_ == "in" for t in token.doc[max(token.sent.start, token.i - 3) : token.i]):
        return False  # only "in (strict) confidence"
    if any(child.lemma_.lower() in FOREIGN_SECRECY for child in token.children):
        return False
    if token.dep_ in {"amod", "pobj"} and token.head.pos_ == "ADP":
        return _treated_as_secret(token.head)  # "treat this request as confidential"
    if token.dep_ == "amod" and token.head.lemma_.lower() not in REQUEST_NOUNS:
        return False  # "confidential bank records", "confidential informant"
    return mentions(token.sent, REQUEST_NOUNS) or mentions(token.sent, {"this", "it"})


def _treated_as_secret(preposition: Token) -> bool:
    """"treat this request as confidential", "it should be handled as secret": what is treated is the request.

    The parser hangs the adjective on "as"; the thing so treated is the object
    (or passive subject) of the verb that governs "as".
    """
    verb = preposition.head
    treated = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(mentions_subtree(t, REQUEST_NOUNS | {"this", "it"}) for t in treated)


def _is_negated_disclosure(token: Token) -> bool:
    """"should not be disclosed", "do not inform the account holder", "without alerting"."""
    lemma = token.lemma_.lower()
    if lemma not in DISCLOSE and lemma not in NOTIFY:
        return False
    if not is_negated(token):
        return False
    if lemma in NOTIFY:
        return mentions(token.sent, PERSON_NOUNS | REQUEST_NOUNS) or any(
            t.pos_ == "PROPN" for t in token.subtree
        ) or any(t.dep_ == "nsubjpass" for t in token.children)
    return mentions(token.sent, REQUEST_NOUNS | PERSON_NOUNS | {"this", "it"})


def _declares_request_confidential(sent: Span) -> bool:
    """"This request is confidential": the request itself as subject of a secrecy predicate."""
    for token in sent:
        if token.lemma_.lower() in SECRECY and token.dep_ in {"acomp", "attr", "oprd"}:
            subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(mentions_subtree(s, REQUEST_NOUNS) for s in subjects):
                return True
    return False
