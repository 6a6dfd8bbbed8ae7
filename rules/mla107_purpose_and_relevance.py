"""MLA107 purpose-and-relevance: the request says what the evidence is for and how it relates to the offence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.language import has_negation
from mla_lint.passages import all_clauses, under_heading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PURPOSE_VERBS = frozenset({
    "show", "establish", "prove", "demonstrate", "confirm", "identify", "trace", "locate", "link", "connect",
    "corroborate", "determine", "ascertain", "verify", "reveal", "clarify", "substantiate", "refute", "rebut",
    "uncover", "track", "explain", "evidence", "support", "assist", "help", "enable", "allow", "find", "follow",
    "discover", "document", "test", "eliminate", "exclude", "shed", "illustrate", "indicate",
    "answer", "resolve", "secure", "preserve", "recover", "freeze", "restrain", "satisfy", "complete",
    "understand", "assess", "quantify", "compare", "match", "attribute", "tie",
})
"""Verbs that say what evidence is for ("will show", "to trace", "to identify")."""
STRONG_PURPOSE = PURPOSE_VERBS - {"assist", "help", "enable", "allow", "support", "complete", "freeze", "restrain",
                                   "recover", "preserve", "secure", "find", "follow", "test", "answer", "satisfy", "document"}

NEED_WORDS = frozenset({
    "need", "require", "necessary", "seek", "request", "use", "obtain", "want", "essential", "important",
    "relevant", "crucial", "vital", "purpose", "aim", "intend", "help", "assist", "allow", "enable", "sought",
    "needed", "required", "requested", "order", "objective", "object", "goal", "wish", "hope", "expect", "serve",
    "key", "central", "material", "critical", "useful", "way", "means", "importance", "significance",
})
"""Words that govern a purpose infinitive ("needed to trace", "in order to", "the purpose is to")."""

EVIDENCE_NOUNS = frozenset({
    "evidence", "record", "records", "document", "documents", "statement", "statements", "testimony",
    "deposition", "information", "material", "materials", "data", "item", "items", "it", "they", "these", "this",
    "those", "which", "answer", "answers", "account", "accounts", "copy", "copies", "exhibit", "exhibits",
    "register", "extract", "file", "files", "log", "logs", "detail", "details", "result", "results",
    "witness", "request", "assistance", "search", "seizure", "examination", "interview", "hearing", "order",
    "transcript", "content", "contents", "subscriber", "identity", "papers",
})

USE_AS_EVIDENCE = frozenset({"use", "tender", "produce", "adduce", "offer", "present", "introduce", "serve", "admit",
                             "rely", "file", "submit", "put", "place"})
COURT_WORDS = frozenset({"evidence", "trial", "court", "proceedings", "proceeding", "hearing", "case", "prosecution",
                         "investigation", "exhibit", "inquiry", "enquiry", "tribunal", "judge", "magistrate"})
HOLD_VERBS = frozenset({"hold", "contain", "have", "possess", "keep", "maintain", "store", "retain", "control"})
HOLD_OBJECTS = frozenset({"record", "records", "document", "documents", "evidence", "information", "proceeds",
                          "funds", "money", "data", "details", "files", "account", "accounts", "assets", "property"})
LIMITATION = frozenset({"only", "solely", "exclusively"})
HEADINGS = ("purpose", "purposes", "relevance", "purpose of the request", "purpose and relevance",
            "relevance of the evidence", "reasons for the request", "reason for the request", "reasons",
            "justification", "necessity", "objective", "object of the request", "why the evidence is needed",
            "aim of the request")


class PurposeAndRelevance(RequiredElement):
    """The request says what the evidence is for and how it relates to the offence.

    **What it checks.** That the request explains why the assistance is
    needed: what the evidence will show or establish ("the records will show
    who controlled the account"), what it is needed to do ("needed to trace
    the proceeds", "to identify the subscriber"), why it is relevant ("her
    evidence is relevant because she signed the contract"), how it will be
    used ("needed as evidence at the trial"), or why the holder has it ("the
    bank is believed to hold records of the proceeds"). A heading "Purpose"
    with nothing under it, or only a use limitation ("will be used only for
    these proceedings"), does not count.

    **Why it matters.** The requested state must be satisfied that the
    measure is relevant and proportionate (and, for coercive measures, that
    there are reasonable grounds); without a stated purpose the request reads
    as a fishing expedition and is returned for more information.

    **Source.** UNTOC Art. 18(15)(f) and UNCAC Art. 46(15)(f) ("the purpose
    for which the evidence, information or action is sought"); ECMA 1959
    Art. 14(1)(b) ("the object of and the reason for the request");
    Mauritius Mutual Assistance in Criminal and Related Matters Act 2003
    s 4(3)(d) ("the purpose of the request and the nature of the assistance
    being sought").

    **Bad.** "Please provide the bank statements of account 123."

    **Good.** "The statements will show that the proceeds of the fraud were
    paid into account 123 and passed on to the suspect; they will be
    produced as evidence at his trial."
    """

    code = "MLA107"
    name = "purpose-and-relevance"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(f); UNCAC Art. 46(15)(f); ECMA Art. 14(1)(b)"
    heading_phrases: ClassVar[tuple[str, ...]] = HEADINGS
    missing = (
        "The request does not say what the evidence is for or how it relates to the offence (what it will show, "
        "what it is needed to establish, or how it will be used)."
    )
    add = (
        "Add a paragraph such as: \"The records will show that the proceeds of the fraud were received in this "
        "account and passed on to the suspect; they are needed as evidence at his trial.\""
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return find_purpose(facts)


def find_purpose(facts: Analysis) -> Evidence | None:
    service = _service_only(facts)
    for block, span in all_clauses(facts):
        if states_purpose(span, loose=under_heading(facts, block, HEADINGS)):
            return Evidence.of_span(block, span)
        if service and _service_purpose(span):
            return Evidence.of_span(block, span)
    return None


def _service_only(facts: Analysis) -> bool:
    return facts.derived(assistance_sought).service_only


SERVICE_CUES = re.compile(
    r"\b(?:so\s+that|in\s+order\s+(?:to|that)|so\s+as\s+to|before\s+the\s+(?:case|trial|proceedings|hearing)|"
    r"(?:must|needs?\s+to|has\s+to|is\s+required\s+to)\s+be\s+served|will\s+require|to\s+(?:appear|answer|attend)|"
    r"(?:properly\s+)?informed\s+of|notif(?:y|ied)\s+of|can\s+proceed|may\s+proceed|to\s+proceed)\b",
    re.IGNORECASE,
)


def _service_purpose(span: Span) -> bool:
    """For a pure service request, why the documents must be served ("so that the accused is informed of the
    trial date", "the company must be served before the case can proceed")."""
    if not any(t.lemma_.lower() in {"serve", "service", "summons", "notify", "notification"} for t in span):
        return False
    return bool(SERVICE_CUES.search(span.text))


def states_purpose(span: Span, loose: bool = False) -> bool:
    """A sentence that says what the evidence is for ("will show", "needed to trace", "relevant because")."""
    lemmas = {t.lemma_.lower() for t in span}
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in PURPOSE_VERBS and token.pos_ in {"VERB", "AUX"} and not has_negation(token):
            if _modal_with_evidence_subject(token) or _purpose_infinitive(token) or _purpose_gerund(token) or (
                lemma in STRONG_PURPOSE and _so_that(token)
            ):
                return True
            if loose and (lemma in STRONG_PURPOSE or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
                return True
        if lemma in {"relevant", "relevance", "material", "pertinent", "crucial", "essential", "central", "key", "vital", "necessary", "needed", "required", "need", "require"}:
            if _relevance(token):
                return True
        if lemma in USE_AS_EVIDENCE and _used_as_evidence(token, lemmas):
            return True
        if lemma in HOLD_VERBS and _believed_to_hold(token):
            return True
        if lemma == "purpose" and token.pos_ == "NOUN" and not lemmas & LIMITATION and not _other_purpose(token):
            # "The purpose of the request is to ...", "for the purpose of proving ..."
            if any(t.lemma_.lower() in PURPOSE_VERBS or t.lemma_.lower() in {"preserve", "obtain"} for t in token.head.subtree):
                return True
        if lemma in {"importance", "significance", "value", "interest"} and token.head.lower_ == "of" and any(
            t.lemma_.lower() in COURT_WORDS | {"case", "charge", "offence"} for t in token.subtree
        ):
            return True  # "of great importance to the investigation"
        if lemma in {"heart", "core"} and any(t.lower_ in {"go", "goes", "going", "went"} for t in token.ancestors):
            return True  # "goes to the heart of the charges"
    if loose:
        return bool(lemmas & (PURPOSE_VERBS | {"relevant", "relevance", "evidence", "trial", "court", "need", "require"}))
    return False


def _subject_is_evidence(token: Token) -> bool:
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            if any(t.lemma_.lower() in EVIDENCE_NOUNS or t.lower_ in EVIDENCE_NOUNS for t in child.subtree):
                return True
    if token.dep_ in {"conj", "xcomp"} and token.head is not token:
        return _subject_is_evidence(token.head)
    return False


def _object_is_evidence(verb: Token) -> bool:
    """"request the bank records", "ask for the statements"."""
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in EVIDENCE_NOUNS:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in EVIDENCE_NOUNS for g in child.children):
                return True
    return False


def _so_that(token: Token) -> bool:
    """"... so that we can trace the money", "in order that the court may establish ..."."""
    if not any(c.tag_ == "MD" and c.lower_ in {"can", "could", "may", "might", "will", "would"} for c in token.children):
        return False
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    before = token.doc[max(token.sent.start, token.i - 6) : token.i].text.lower()
    return "that" in marks and ("so that" in before or "in order that" in before)


def _modal_with_evidence_subject(token: Token) -> bool:
    """"The records will show ...", "her statement would establish ...", "they may help to identify ..."."""
    head = token
    if token.dep_ == "xcomp":
        head = token.head
    predictive = {"will", "would", "can", "could", "may", "might", "should", "shall", "'ll"}
    modal = any(c.tag_ == "MD" and c.lower_ in predictive for c in head.children) or (
        head.dep_ == "conj" and any(c.tag_ == "MD" and c.lower_ in predictive for c in head.head.children)
    )
    if not modal:
        return False
    return _subject_is_evidence(head)


def _purpose_infinitive(token: Token) -> bool:
    """"... needed to trace ...", "in order to identify", "requested so as to establish"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if token.dep_ in {"advcl", "xcomp", "acl", "relcl", "ccomp", "conj"} or token.dep_ == "ROOT":
        chain = [token.head] + list(token.head.ancestors)[:3]
        for governor in chain:
            if governor.tag_ == "VBD":
                break  # a past fact: "asked them to confirm their number"
            if governor.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in NEED_WORDS for c in governor.children
            ):
                return True  # "the evidence is necessary to establish ..."
            if governor.lemma_.lower() in NEED_WORDS or governor.lower_ in NEED_WORDS:
                if governor.lemma_.lower() in {"request", "seek", "requested", "sought", "wish", "ask"}:
                    # "the records are requested to establish ...", "we request the records to establish ...",
                    # but not "the authorities are requested to obtain / identify ..." (a measure, not a purpose)
                    if token.lemma_.lower() not in STRONG_PURPOSE:
                        return False
                    return _subject_is_evidence(governor) or _object_is_evidence(governor)
                return True
        if any(c.lower_ == "order" for c in token.children) or token.doc[max(0, token.i - 3) : token.i].text.lower().endswith(("in order to", "so as to")):
            return True
        if token.dep_ == "ROOT" and token.i <= token.sent.start + 2:
            return True  # terse: "To prove that the money was received by the suspect."
    return False


def _purpose_gerund(token: Token) -> bool:
    """"for the purpose of identifying", "with a view to tracing", "for proving"."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp":
        return False
    prep = token.head
    if prep.lower_ in {"for", "towards"}:
        return prep.head.lemma_.lower() in NEED_WORDS | {"purpose", "view", "aim", "evidence"} or prep.head.pos_ == "NOUN"
    return prep.lower_ == "to" and prep.head.lemma_.lower() in {"view"}


def _relevance(token: Token) -> bool:
    """"relevant because/to/as", "the relevance of", "essential to prove", "necessary for the prosecution"."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    if lemma in {"relevant", "relevance", "pertinent"}:
        if has_negation(token):
            return False
        return any(c.dep_ in {"prep", "advcl", "mark", "xcomp", "ccomp"} for c in children) or token.dep_ in {"acomp", "attr", "amod", "nsubj", "ROOT"}
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "as" and lemma in {"necessary", "needed", "required", "essential", "crucial", "vital", "need", "require"}:
            if any(g.lemma_.lower() in {"evidence", "exhibit", "proof"} for g in child.subtree):
                return True  # "needed as evidence at the trial"
        if child.dep_ == "prep" and child.lower_ in {"to", "for"}:
            objs = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if any(o.lemma_.lower() in COURT_WORDS | {"charge", "case", "offence", "proof", "conviction"} or o.lemma_.lower() in PURPOSE_VERBS for o in objs):
                return _subject_is_evidence(token.head) or token.head.lemma_.lower() == "be"
        if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in PURPOSE_VERBS:
            return True
    return False


def _used_as_evidence(token: Token, lemmas: set[str]) -> bool:
    """"will be used as evidence", "tendered at the trial", "needed as evidence at trial" (not "used only for")."""
    if lemmas & LIMITATION or has_negation(token):
        return False
    if not (any(c.tag_ == "MD" for c in token.children) or token.head.lemma_.lower() in NEED_WORDS or token.tag_ == "VBG"
            or any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)):
        return False
    if not _subject_is_evidence(token) and token.head.lemma_.lower() not in NEED_WORDS:
        return False
    for child in token.children:
        if child.dep_ in {"prep", "advcl", "agent", "dobj", "npadvmod"}:
            # common nouns only: "under section 30 of the Canada Evidence Act" is not "as evidence"
            words = [t for t in child.subtree if not (t.text[:1].isupper() and t.i != t.sent.start)]
            if any(t.lemma_.lower() in COURT_WORDS for t in words):
                return any(t.lemma_.lower() in {"evidence", "trial", "court", "hearing", "exhibit"} for t in words)
    return False


def _believed_to_hold(token: Token) -> bool:
    """"the bank is believed to hold records of the proceeds", "she has documents that show"."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if not any(o.lemma_.lower() in HOLD_OBJECTS for o in objects):
        return False
    governors = [token.head] + list(token.head.ancestors)[:2]
    return any(g.lemma_.lower() in {"believe", "think", "suspect", "understand", "know", "expect", "likely", "consider"} for g in governors)


def _other_purpose(token: Token) -> bool:
    return any(c.lower_ in {"other", "any", "another"} for c in token.children)
