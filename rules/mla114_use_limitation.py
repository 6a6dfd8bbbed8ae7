"""MLA114 use-limitation: the request assures that the material will be used only for the stated proceedings."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.language import has_negation
from mla_lint.passages import all_clauses, under_heading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

USE_VERBS = frozenset({
    "use", "utilise", "utilize", "employ", "transmit", "disclose", "pass", "share", "forward", "communicate",
    "release", "divulge", "make", "put", "rely", "produce", "give", "provide", "hand", "serve",
})
RESTRICT_WORDS = frozenset({"only", "solely", "exclusively", "purely", "strictly", "just"})
LIMIT_VERBS = frozenset({"limit", "restrict", "confine"})
MATERIAL_NOUNS = frozenset({
    "material", "materials", "evidence", "information", "informations", "record", "records", "document",
    "documents", "data", "statement", "statements", "item", "items", "result", "results", "it", "they", "them",
    "this", "these", "anything", "everything", "use", "response", "reply", "answer", "answers", "testimony",
    "deposition", "copy", "copies", "exhibit", "exhibits", "article", "articles", "that", "which", "all",
})
ASSURANCE = frozenset({"will", "shall", "would", "must", "undertake", "assure", "guarantee", "confirm", "agree",
                       "commit", "promise", "ensure", "warrant", "to"})
HEADINGS = ("use", "use of", "use limitation", "limitation on use", "limitations on use", "speciality",
            "specialty", "rule of speciality", "use of the material", "use of the evidence", "use of information",
            "restriction on use", "restrictions on use", "undertakings", "undertaking", "assurances", "assurance")


class UseLimitation(RequiredElement):
    """The request assures that the material will be used only for the proceedings it describes.

    **What it checks.** That the requesting state undertakes to use what it
    receives only for the investigation or proceedings stated in the request,
    or asks for consent to any other use: "will be used only for the purposes
    of", "will not be used for any other purpose without the prior consent of
    the Requested State", "solely for the prosecution described above",
    "limited to the proceedings". The words "use" or "purpose" alone, or a
    heading "Use of the Material" with nothing under it, are not enough.

    **Why it matters.** Many requested states make the speciality rule a
    condition of assistance, and some (Switzerland, the United States for
    treaty requests, EU states for personal data) will not release evidence
    until the assurance is given; stating it saves a round of correspondence.

    **Source.** UNTOC Art. 18(19) and UNCAC Art. 46(19) ("The requesting
    State Party shall not transmit or use information or evidence furnished
    by the requested State Party for investigations, prosecutions or judicial
    proceedings other than those stated in the request without the prior
    consent of the requested State Party"); PC-OC country forms ("Limitation
    of use of evidence obtained").

    **Bad.** A request that never says how the evidence will be used.

    **Good.** "The material obtained will be used only for the investigation
    and prosecution described in this request, and not for any other purpose
    without the prior consent of the Central Authority."
    """

    code = "MLA114"
    name = "use-limitation"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(19); UNCAC Art. 46(19)"
    heading_phrases: ClassVar[tuple[str, ...]] = HEADINGS
    missing = (
        "No use limitation: the request never assures that the material will be used only for the proceedings "
        "it describes (or asks for consent to another use)."
    )
    add = (
        "Add: \"The material obtained will be used only for the investigation and proceedings described in this "
        "request and will not be used for any other purpose without the prior consent of the Requested State.\""
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return find_use_limitation(facts)


def find_use_limitation(facts: Analysis) -> Evidence | None:
    for block, span in all_clauses(facts):
        if _is_use_limitation(span, loose=under_heading(facts, block, HEADINGS)):
            return Evidence.of_span(block, span)
    return None


def _is_use_limitation(span: Span, loose: bool = False) -> bool:
    lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    if "consent" in lemmas and "use" in lemmas and {"ask", "request", "seek", "grateful", "apply"} & lemmas and {
        "other", "another", "different", "also", "further", "additional", "related"
    } & lemmas:
        return True  # a request for consent to another use
    if not _is_undertaking(span) and not loose:
        return False
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in USE_VERBS or (lemma == "use" and token.pos_ == "NOUN"):
            if not (loose or _about_material(token)):
                continue
            # "used only for", "solely for the purposes of"
            if any(t.lower_ in RESTRICT_WORDS for t in token.subtree) or any(
                c.lower_ in RESTRICT_WORDS for c in token.head.children
            ) or _restrict_near(token):
                return True
            # "not be used for any other purpose / other than / without the prior consent"
            if has_negation(token) or _negated_near(token):
                if lemma in {"use", "utilise", "utilize", "employ", "transmit", "pass", "forward", "rely", "put"}:
                    if {"other", "consent", "authorisation", "authorization", "permission", "approval", "beyond"} & lemmas:
                        return True
                elif {"consent", "authorisation", "authorization", "permission", "approval"} & lemmas:
                    return True  # "not be transmitted to third parties without the consent of"
            if "consent" in lemmas and lemma == "use" and {"other", "another", "different", "also", "further", "additional", "related"} & lemmas:
                return True  # "we ask for consent to use the records also in the related civil case"
        if lemma in LIMIT_VERBS and ("use" in lemmas or loose or "purpose" in lemmas):
            return True  # "use will be limited/restricted/confined to the proceedings"
    if loose and lemmas & (RESTRICT_WORDS | {"consent", "speciality", "specialty"}) and ("use" in lemmas or "purpose" in lemmas):
        return True
    return {"speciality", "specialty"} & lemmas != set() and ("rule" in lemmas or "principle" in lemmas) and _is_undertaking(span)


def _is_undertaking(span: Span) -> bool:
    """A promise about the future (modal or "undertake/assure"), not a past fact ("the account was used only for")."""
    for token in span:
        lemma = token.lemma_.lower()
        if token.tag_ == "MD" and lemma in ASSURANCE:
            return True
        if lemma in ASSURANCE - {"will", "shall", "would", "must", "to"} and token.pos_ in {"VERB", "NOUN", "ADJ"}:
            return True
        if lemma == "be" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lemma_ in {"to"}:
            return True
    return False


def _about_material(token: Token) -> bool:
    """The verb's subject or object is the material received (not "the account was used")."""
    for child in token.children:
        if child.dep_ in {"nsubjpass", "nsubj", "dobj", "obj"} and (
            child.lemma_.lower() in MATERIAL_NOUNS or child.lower_ in MATERIAL_NOUNS or any(
                c.lemma_.lower() in MATERIAL_NOUNS for c in child.subtree
            )
        ):
            return True
    if token.dep_ in {"xcomp", "conj", "relcl", "acl"}:
        return _about_material(token.head)
    if token.pos_ == "NOUN":
        return True
    if not any(c.dep_ in {"nsubjpass", "nsubj", "dobj", "obj"} for c in token.children):
        # a parse that lost the subject ("Informations received will be used only ..."): look just before
        before = token.doc[max(token.sent.start, token.i - 8) : token.i]
        return any(t.lemma_.lower() in MATERIAL_NOUNS - {"it", "that", "which", "this", "all"} for t in before)
    return False


def _restrict_near(token: Token) -> bool:
    doc = token.doc
    window = doc[token.i + 1 : min(token.sent.end, token.i + 4)]
    return any(t.lower_ in RESTRICT_WORDS for t in window)


def _negated_near(token: Token) -> bool:
    doc = token.doc
    window = doc[max(token.sent.start, token.i - 3) : token.i]
    return any(t.lower_ in {"not", "never", "n't"} for t in window) or any(
        c.dep_ == "neg" for c in token.head.children
    )
